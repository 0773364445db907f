import type pg from "pg";

/**
 * One statement that may run longer than the app's statements may: rebuilding
 * data derived from the fiches (the vocabulary of "did you mean") once a write
 * has answered. The app's connections end a statement after
 * `DB_STATEMENT_TIMEOUT_MS` on the server and stop waiting 0.5 s later on our
 * side (lib/db/pool.ts, ADR 0008): raising only the server's `statement_timeout`
 * still loses the statement to pg's `query_timeout`. This runs it on a
 * connection of the app's pool, in a transaction of its own, with both raised
 * to `timeoutMs` for it alone; the connection then goes back to the pool with
 * the app's settings. It still ends: past `timeoutMs` the server cancels it.
 */
export async function runLongStatement(pool: pg.Pool, sql: string, timeoutMs: number): Promise<void> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('statement_timeout', $1, true)", [String(Math.round(timeoutMs))]);
    // query_timeout per query is supported by pg, missing from @types/pg's QueryConfig (as in ./health.ts).
    await client.query({ text: sql, query_timeout: timeoutMs + 1_000 } as pg.QueryConfig);
    await client.query("COMMIT");
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    // A failed connection is not handed back (the pool discards it); a connection
    // that timed out has already been ended and released by the pool's client.
    try {
      client.release(failure);
    } catch {
      // released already
    }
  }
}
