import type { Prisma } from "../db/generated/client";
import { getPool, type Db } from "../db/client";
import { runLongStatement } from "../db/maintenance";

/** The statement that rebuilds the vocabulary (a constant: also sent by the bench's pg client, scripts/bench/database.ts). */
export const REFRESH_SEARCH_WORDS = `REFRESH MATERIALIZED VIEW "search_word"`;

/**
 * Rebuilds the directory's vocabulary (the materialized view "search_word",
 * migration 20261129140000_search_words) from the open text of the active
 * fiches: after the seed (inside its transaction) and the search texts' rebuild
 * at start, and once an admin's change to the fiches has answered: an edit, an
 * accepted suggestion, an applied edition (`refreshSearchWordsAfterWrite`).
 * ~5 ms for the report's 37 fiches, 0.4–1 s at 10,000.
 */
export async function refreshSearchWords(db: Db | Prisma.TransactionClient): Promise<void> {
  await db.$executeRawUnsafe(REFRESH_SEARCH_WORDS);
}

/** The statement that rebuilds the vocabulary while readers keep reading it (the view has a unique index on "word"). */
const REFRESH_SEARCH_WORDS_CONCURRENTLY = `REFRESH MATERIALIZED VIEW CONCURRENTLY "search_word"`;

/**
 * How long a refresh after a write may run: after the answer, holding no lock a
 * reader waits on, past the app's statement timeout (2 s; 0.4–1 s at 10,000 fiches).
 */
export const REFRESH_AFTER_WRITE_TIMEOUT_MS = 120_000;

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
 * The vocabulary after an admin's change to the fiches (an edit, a new or
 * archived fiche, a restored version, an accepted suggestion, an applied
 * edition): run after the answer (`ActionDefinition.after`, lib/actions/define.ts),
 * so the save does not wait for it, concurrently, so searches keep their
 * suggestions meanwhile, and with a timeout of its own (lib/db/maintenance.ts).
 * A failure is logged and changes nothing else: the former words stay until
 * the next refresh (the next change or start), and a suggestion is always
 * checked against the live search before it is offered (./search-suggestion.ts).
 */
export const refreshSearchWordsAfterWrite = oneAtATime(async () => {
  try {
    await runLongStatement(getPool(), REFRESH_SEARCH_WORDS_CONCURRENTLY, REFRESH_AFTER_WRITE_TIMEOUT_MS);
  } catch (error) {
    console.error("[search] the vocabulary of suggestions was not refreshed after a change:", error);
  }
});
