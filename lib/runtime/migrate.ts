/**
 * Applying the committed migrations (`prisma migrate deploy`) to a database,
 * then rebuilding what a migration may have emptied on purpose (the partners'
 * search texts, lib/partners/search-index.ts). Used by `npm start`,
 * `npm run db:migrate` and the test databases.
 */
import { BIN, runNode, tsArgs } from "./children";

export async function migrateDeploy(url: string): Promise<void> {
  const env = { ...process.env, DATABASE_URL: url };
  await runNode([BIN.prisma, "migrate", "deploy"], { env, quiet: true });
  await runNode(tsArgs("scripts/refresh-search.ts"), { env });
}
