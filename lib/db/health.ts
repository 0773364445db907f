import { getPool } from "./client";
import { DatabaseUnavailableError } from "./errors";
import { HEALTH_TIMEOUT_MS } from "./timeouts";

/**
 * One `SELECT 1` through the app's own pool, bounded by `timeoutMs` whatever
 * the pool's state (a frozen database holds every pooled connection): the
 * health check answers within 2 s. Throws DatabaseUnavailableError.
 */
export async function pingDatabase(timeoutMs = HEALTH_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    // query_timeout per query is supported by pg, missing from @types/pg's QueryConfig.
    const query = { text: "SELECT 1", query_timeout: timeoutMs } as { text: string };
    await Promise.race([getPool().query(query), expired]);
  } catch (error) {
    throw error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError("the database refused the health check", { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
