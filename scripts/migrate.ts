/**
 * `npm run db:migrate`: apply the committed migrations (`prisma migrate deploy`)
 * to DATABASE_URL, or to the embedded database when it is unset.
 */
import { withDatabase } from "../lib/runtime/database";
import { migrateDeploy } from "../lib/runtime/migrate";

withDatabase(migrateDeploy)
  .then(() => console.log("migrations applied"))
  .catch((error) => {
    console.error(`migrate: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
