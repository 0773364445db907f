import "server-only";
/**
 * Statements that hold a search run with sequential scans off (issue 8).
 *
 * The search is a union of index branches (./search.ts). For a common word
 * ("formation" is in 92 % of the fiches) PostgreSQL estimates a sequential scan
 * of `organization` slightly cheaper than the GIN bitmap (2,287 against 2,372 at
 * 10,000 partners): its cost model counts `@@` as one cheap operator per row, not
 * the detoasting and decompressing of a ~4 kB tsvector that each row costs.
 * Measured at 10,000 partners: the two vector branches took 558 + 146 ms by
 * sequential scan, 14 + 4 ms by their GIN indexes (a plain lexeme needs no
 * recheck, so no vector is read); the list page's statement 0.85 s → 0.28 s,
 * the facets' 0.45 s → 0.11 s (docs/benchmarks.md). Neither `random_page_cost`
 * nor rewriting the branches changes that choice, and the operator's cost
 * (`ts_match_vq`) belongs to the superuser.
 *
 * `SET LOCAL` lasts for the transaction: the one statement, nothing else on the
 * pooled connection. With sequential scans off the planner still uses one where
 * a table has no usable index; it only stops preferring it over an index.
 */
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/client";

/** `statement` read with the search plan when `search` is true, as is otherwise. */
export async function readSearch<T>(db: Db, search: boolean, statement: Prisma.Sql): Promise<T> {
  if (!search) return db.$queryRaw<T>(statement);
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, db.$queryRaw<T>(statement)]);
  return rows;
}
