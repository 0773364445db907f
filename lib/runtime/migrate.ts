/**
 * `npm run db:migrate`: apply the committed migrations (`prisma migrate deploy`)
 * to DATABASE_URL, or to the embedded database when it is unset.
 */
import { BIN, runNode } from "./children";

export async function migrateDeploy(url: string): Promise<void> {
  await runNode([BIN.prisma, "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, quiet: true });
}

