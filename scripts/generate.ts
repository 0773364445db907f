/** `npm run db:generate`: generate the Prisma client into lib/db/generated. */
import { generate } from "../lib/runtime/generate";

generate()
  .then(() => console.log("Prisma client generated in lib/db/generated"))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
