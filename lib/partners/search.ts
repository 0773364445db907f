/**
 * SQL pieces of the partner search (docs/decisions/0003-search.md): French
 * full text over the whole fiche through the generated "searchVector"
 * (unaccented, so "cooperative" finds "coopérative"), plus trigram matching on
 * name/acronym/display name so that partial names ("missab") and small typos
 * work. Name and acronym matches rank first.
 *
 * Every fragment is self-contained (the query is rebuilt inside it) so that a
 * fragment can be reused in the list, the facets and the export; PostgreSQL
 * folds the constant tsquery once per statement.
 */
import { Prisma } from "../db/generated/client";

/** The expression the trigram index covers (search migration): keep it byte-identical. */
const NAME_EXPR = Prisma.sql`f_unaccent(lower(o."name" || ' ' || coalesce(o."acronym", '') || ' ' || o."displayName"))`;

function tsquery(q: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('french', f_unaccent(${q}))`;
}

/** `%q%` for LIKE, with LIKE's own metacharacters taken literally. */
function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Matches the fiche's full text, or its name/acronym partially or with a small typo. */
export function searchCondition(q: string): Prisma.Sql {
  const folded = Prisma.sql`f_unaccent(lower(${q}))`;
  const fuzzy = q.length >= 4 ? Prisma.sql` OR ${NAME_EXPR} %> ${folded}` : Prisma.empty;
  return Prisma.sql`(o."searchVector" @@ ${tsquery(q)} OR ${NAME_EXPR} LIKE f_unaccent(${containsPattern(q)})${fuzzy})`;
}

/**
 * ORDER BY terms of a search: exact acronyms first, then name matches, then the
 * rest of the full-text matches, each by full-text rank and name similarity.
 */
export function searchRankOrder(q: string): Prisma.Sql {
  const folded = Prisma.sql`f_unaccent(lower(${q}))`;
  const nameVector = Prisma.sql`to_tsvector('french', f_unaccent(o."name" || ' ' || o."displayName" || ' ' || coalesce(o."acronym", '')))`;
  return Prisma.sql`
    CASE
      WHEN f_unaccent(lower(coalesce(o."acronym", ''))) = ${folded} THEN 3
      WHEN ${NAME_EXPR} LIKE f_unaccent(${containsPattern(q)}) OR ${nameVector} @@ ${tsquery(q)} THEN 2
      ELSE 1
    END DESC,
    ts_rank_cd(o."searchVector", ${tsquery(q)}) + word_similarity(${folded}, ${NAME_EXPR}) DESC`;
}

/** Sentinels around highlighted words: private-use characters a fiche never contains. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/**
 * The matching passage of the page's rows (`headline`, `around`): ts_headline
 * runs on the unaccented text (the query is unaccented); `around` is a window
 * of the text as written that contains the same span, so that the page can
 * show accents (lib/partners/passage.ts). Needs `o` to be the organization row.
 */
export function headlineJoin(q: string): Prisma.Sql {
  const options = `MaxFragments=1, MaxWords=25, MinWords=10, StartSel=${MARK_START}, StopSel=${MARK_END}`;
  // unaccent only lengthens text (œ -> oe), so the span starts at or before its unaccented offset.
  return Prisma.sql`
    CROSS JOIN LATERAL (SELECT ts_headline('french', f_unaccent(o."searchText"), ${tsquery(q)}, ${options}) AS headline) hl
    CROSS JOIN LATERAL (SELECT replace(replace(hl.headline, ${MARK_START}, ''), ${MARK_END}, '') AS plain) hp
    CROSS JOIN LATERAL (
      SELECT substr(o."searchText", greatest(1, strpos(f_unaccent(o."searchText"), hp.plain) - 200), length(hp.plain) + 400) AS around
    ) ha`;
}
