import type { Prisma } from "../db/generated/client";
import { getDb, type Db } from "../db/client";

/** The statement that rebuilds the vocabulary (a constant: also sent by the bench's pg client, scripts/bench/database.ts). */
export const REFRESH_SEARCH_WORDS = `REFRESH MATERIALIZED VIEW "search_word"`;

/**
 * Rebuilds the directory's vocabulary (the materialized view "search_word",
 * migration 20261129140000_search_words) from the open text of the active
 * fiches: after a seed or an import (inside their transaction: readers keep
 * the former words until it commits), after the search texts' rebuild at
 * start, and after an admin's change to a fiche (`refreshSearchWordsAfterEdit`).
 * ~5 ms for the report's 37 fiches, 0.4–1 s at 10,000.
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

/** The statement that rebuilds the vocabulary while readers keep reading it (the view has a unique index on "word"). */
const REFRESH_SEARCH_WORDS_CONCURRENTLY = `REFRESH MATERIALIZED VIEW CONCURRENTLY "search_word"`;

/** How long a refresh after an edit may run: it runs after the answer, and holds no lock a reader waits on. */
export const EDIT_REFRESH_TIMEOUT_MS = 60_000;

/**
 * `refresh`, run one at a time: a call while none waits queues one run (after
 * the run under way, if any) and every call made before that run starts shares
 * it, since it reads every change committed before it starts. A burst of edits
 * costs at most two runs, never one per edit.
 */
export function oneAtATime(refresh: () => Promise<void>): () => Promise<void> {
  let queued: Promise<void> | null = null;
  let previous: Promise<void> = Promise.resolve();
  return () => {
    if (queued) return queued;
    const run = previous.then(() => {
      queued = null;
      return refresh();
    });
    queued = run;
    previous = run.catch(() => undefined);
    return run;
  };
}

/**
 * The vocabulary after an admin's change to a fiche's text (an edit, a new or
 * archived fiche, a restored version, an accepted suggestion): run after the
 * answer (`ActionDefinition.after`, lib/actions/define.ts), so the save does not
 * wait for it, and concurrently, so searches keep their suggestions meanwhile.
 * A failure is logged and changes nothing else: the former words stay until the
 * next refresh (the next edit, import or start), and a suggestion is always
 * checked against the live search before it is offered (./search-suggestion.ts).
 */
export const refreshSearchWordsAfterEdit = oneAtATime(async () => {
  const db: Db = getDb();
  try {
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT set_config('statement_timeout', ${String(EDIT_REFRESH_TIMEOUT_MS)}, true)`;
        await tx.$executeRawUnsafe(REFRESH_SEARCH_WORDS_CONCURRENTLY);
      },
      { timeout: EDIT_REFRESH_TIMEOUT_MS + 1_000 },
    );
  } catch (error) {
    console.error("[search] the vocabulary of suggestions was not refreshed after an edit:", error);
  }
});
