import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/client";

/** The statement that rebuilds the vocabulary (a constant: also sent by the bench's pg client, scripts/bench/database.ts). */
export const REFRESH_SEARCH_WORDS = `REFRESH MATERIALIZED VIEW "search_word"`;

/**
 * Rebuilds the directory's vocabulary (the materialized view "search_word",
 * migration 20261129140000_search_words) from the open text of the active
 * fiches: after a seed or an import (inside their transaction: readers keep
 * the former words until it commits) and after the search texts' rebuild at
 * start. ~5 ms for the report's 37 fiches, ~1 s at 10,000.
 */
export async function refreshSearchWords(db: Db | Prisma.TransactionClient): Promise<void> {
  await db.$executeRawUnsafe(REFRESH_SEARCH_WORDS);
}

/**
 * The same inside a write transaction of the app, whose statements time out
 * after `DB_STATEMENT_TIMEOUT_MS` (2 s by default): the refresh may take up to
 * `timeoutMs` (a directory of 20,000 fiches takes longer than 2 s), for this
 * transaction only. The transaction's own budget and commit deadline
 * (lib/db/write.ts) still bound the whole.
 */
export async function refreshSearchWordsInWrite(tx: Prisma.TransactionClient, timeoutMs: number): Promise<void> {
  await tx.$executeRaw`SELECT set_config('statement_timeout', ${String(Math.round(timeoutMs))}, true)`;
  await refreshSearchWords(tx);
}
