import "server-only";
/**
 * "Did you mean": when a search finds nothing, the same search with each
 * unknown word replaced by the closest word of the directory's vocabulary
 * (the materialized view "search_word": the open text of active fiches, no
 * contact person; lib/partners/search-words.ts), offered only when that search
 * finds something in the same view for the same viewer. A typo in a trade
 * ("formaiton") otherwise ends on an empty list: the search matches names
 * within a small typo, not the fiche's text (docs/decisions/0003-search.md).
 */
import { Prisma } from "../db/generated/client";
import { getDb, type Db } from "../db/client";
import type { Viewer } from "../auth/roles";
import type { PartnerFilters } from "./filters";
import { countPartners } from "./queries";

/** A query the suggestion can rewrite: plain words (no quotes, no `-` exclusions, no `or`), at most this many. */
const MAX_WORDS = 5;
const PLAIN_WORDS = /^[\p{L}\p{N}'’]+(?:[ -][\p{L}\p{N}'’]+)*$/u;
/** Shorter words are left alone, and never offered: too many neighbours within a typo. */
const MIN_LENGTH = 4;
/** How many letters a typo adds or drops, at most. */
const MAX_LENGTH_CHANGE = 2;

export interface SearchSuggestion {
  q: string;
  /** How many partners it finds in the same view. */
  total: number;
}

/**
 * The closest known word of each unknown word of `words` (folded as the
 * vocabulary is: unaccented, lower case), or null for a known word and for
 * one with no neighbour: trigram similarity ≥ pg_trgm's threshold (0.3), and
 * a length within `MAX_LENGTH_CHANGE` (a typo, not another word: "traore" is
 * no "tre"). Ties go to the word more fiches hold.
 */
async function closestWords(db: Db, words: string[]): Promise<(string | null)[]> {
  const rows = await db.$queryRaw<{ n: bigint; closest: string | null }[]>(Prisma.sql`
    SELECT w.n,
           CASE WHEN EXISTS (SELECT 1 FROM "search_word" k WHERE k."word" = w.folded) THEN NULL
                ELSE (SELECT k."word" FROM "search_word" k
                      WHERE k."word" % w.folded AND length(k."word") >= ${MIN_LENGTH} AND abs(length(k."word") - length(w.folded)) <= ${MAX_LENGTH_CHANGE}
                      ORDER BY similarity(k."word", w.folded) DESC, k."fiches" DESC, k."word" LIMIT 1) END AS "closest"
    FROM (SELECT f_unaccent(lower(x.word)) AS folded, x.n FROM unnest(${words}::text[]) WITH ORDINALITY AS x(word, n)) w
    ORDER BY w.n`);
  return rows.map((r) => r.closest);
}

/** A better-spelled search for a view that found nothing, or null. */
export async function suggestSearch(filters: PartnerFilters, viewer: Viewer, db: Db = getDb()): Promise<SearchSuggestion | null> {
  const q = filters.q?.trim().replace(/\s+/g, " ");
  if (!q || !PLAIN_WORDS.test(q)) return null;
  const words = q.split(/[ -]+/);
  if (words.length > MAX_WORDS) return null;
  const long = words.filter((w) => w.length >= MIN_LENGTH);
  if (!long.length) return null;
  const closest = await closestWords(db, long);
  const replaced = new Map(long.map((w, i) => [w, closest[i]]));
  if (![...replaced.values()].some(Boolean)) return null;
  const suggested = words.map((w) => replaced.get(w) ?? w).join(" ");
  // Offered only if it finds something here, for this viewer (the list's own search and scope).
  const total = await countPartners({ ...filters, q: suggested }, viewer, db);
  return total > 0 ? { q: suggested, total } : null;
}
