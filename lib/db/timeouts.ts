import { env, type Env } from "../env";

/**
 * How long the app waits for the database (issue 9: a database that stops
 * answering must not hang a request). Every figure comes from the environment
 * (lib/env.ts) with defaults that keep a page or API answer under 5 s and
 * `/api/health` under 2 s when the database is frozen. docs/security.md.
 */
export interface DbTimeouts {
  /** Opening a connection, and waiting for a free one in the pool (pg-pool uses one setting for both). */
  connectMs: number;
  /** The server cancels a statement running longer (`statement_timeout`). */
  statementMs: number;
  /** We stop waiting for an answer (`query_timeout`): a frozen server cancels nothing itself. */
  queryMs: number;
  /** The server ends a session idle inside an open transaction (its locks are released). */
  idleInTransactionMs: number;
  /** A write's transaction, from BEGIN to COMMIT; also its commit deadline. */
  writeMs: number;
  /** After a timeout and until the database answers again, the wait of each statement and connection. */
  degradedMs: number;
}

/** The health check's own budget: it answers within 2 s whatever the pool's state. */
export const HEALTH_TIMEOUT_MS = 1_000;

export function dbTimeouts(e: Pick<Env, "DB_CONNECT_TIMEOUT_MS" | "DB_STATEMENT_TIMEOUT_MS" | "DB_WRITE_TIMEOUT_MS"> = env()): DbTimeouts {
  return {
    connectMs: e.DB_CONNECT_TIMEOUT_MS,
    statementMs: e.DB_STATEMENT_TIMEOUT_MS,
    queryMs: e.DB_STATEMENT_TIMEOUT_MS + 500,
    idleInTransactionMs: e.DB_WRITE_TIMEOUT_MS + 1_000,
    writeMs: e.DB_WRITE_TIMEOUT_MS,
    degradedMs: Math.min(750, e.DB_CONNECT_TIMEOUT_MS),
  };
}
