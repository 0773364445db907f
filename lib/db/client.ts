import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/client";
import { createPool } from "./pool";
import { dbTimeouts, type DbTimeouts } from "./timeouts";
import { env } from "../env";

function createClient(pool: pg.Pool) {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

export type Db = ReturnType<typeof createClient>;

interface AppDatabase {
  db: Db;
  pool: pg.Pool;
}

/**
 * The one Prisma client (t3 `db.ts` pattern): created once per process and kept
 * on globalThis so that dev-mode reloads do not open a new pool each time. Its
 * pool has the app's timeouts (lib/db/timeouts.ts).
 */
const globalForDb = globalThis as unknown as { passerelleDb?: AppDatabase };

function appDatabase(): AppDatabase {
  if (!globalForDb.passerelleDb) {
    const pool = createPool(env().DATABASE_URL, env().DATABASE_POOL_SIZE, dbTimeouts());
    globalForDb.passerelleDb = { db: createClient(pool), pool };
  }
  return globalForDb.passerelleDb;
}

export function getDb(): Db {
  return appDatabase().db;
}

/** The app's connection pool, for the health check (lib/db/health.ts). */
export function getPool(): pg.Pool {
  return appDatabase().pool;
}

/**
 * A client for another database (tests, seed of a chosen URL, benchmarks). The
 * caller disconnects it. No timeouts unless given: the seed's statements are long.
 */
export function createDb(url: string, poolSize = 5, timeouts?: DbTimeouts): Db {
  return createClient(createPool(url, poolSize, timeouts));
}
