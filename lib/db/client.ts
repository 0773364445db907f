import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { createPool } from "./pool";
import { env } from "../env";

/**
 * The one Prisma client (t3 `db.ts` pattern): created once per process and kept
 * on globalThis so that dev-mode reloads do not open a new pool each time.
 */
function createClient(url = env().DATABASE_URL, poolSize = env().DATABASE_POOL_SIZE) {
  return new PrismaClient({ adapter: new PrismaPg(createPool(url, poolSize)) });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { passerelleDb?: Db };

export function getDb(): Db {
  if (!globalForDb.passerelleDb) globalForDb.passerelleDb = createClient();
  return globalForDb.passerelleDb;
}

/** A client for another database (tests, seed of a chosen URL, benchmarks). The caller disconnects it. */
export function createDb(url: string, poolSize = 5): Db {
  return createClient(url, poolSize);
}
