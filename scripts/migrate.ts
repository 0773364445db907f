/**
 * `npm run db:migrate`: apply the committed migrations (`prisma migrate deploy`)
 * to DATABASE_URL, or to the embedded database when it is unset.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BIN, runNode } from "./children";
import { withDatabase } from "./db-url";

export async function migrateDeploy(url: string): Promise<void> {
  await runNode([BIN.prisma, "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, quiet: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  withDatabase(migrateDeploy)
    .then(() => console.log("migrations applied"))
    .catch((error) => {
      console.error(`migrate: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    });
}
