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

/**
 * The name a search compares: name, acronym and display name (when it says
 * more than the name), unaccented and in lower case, stored as "nameSearch"
 * and covered by its trigram index (migration 20261129130000_name_search).
 */
function nameExpr(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}."nameSearch"`;
}
const NAME_EXPR = nameExpr("o");

/** The query folded as the names are in "nameSearch" (unaccented, lower case). */
function foldedQuery(q: string): Prisma.Sql {
  return Prisma.sql`f_unaccent(lower(${q}))`;
}

function tsquery(q: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('french', f_unaccent(${q}))`;
}

/** The query's words as written (folded, unstemmed), for the "simple" vectors. */
function simpleTsquery(q: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('simple', f_unaccent(${q}))`;
}

/** `%q%` for LIKE, with LIKE's own metacharacters taken literally. */
function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * What a search may read. Contact persons (names, roles, phones, e-mails) live
 * in their own text and vector: they are matched, ranked and quoted only for
 * viewers who may see contacts (lib/auth/roles.ts `canSeeContacts`). For
 * everyone else the fiche's open text holds none of them (lib/partners/search-text.ts).
 */
export interface SearchScope {
  contacts: boolean;
}

export const OPEN_SEARCH: SearchScope = { contacts: false };

/**
 * What a branch says of the ids it finds, one bit each: matched on the name
 * (substring), on a name within a small typo, holding the query's words as
 * written (not only a stemmed neighbour), holding the query's words in its name
 * (the "nameVector", the full-text vector's weight-A part), and, for a name
 * match, an acronym equal to the query. An id found by several branches carries
 * the union (`bit_or`), from which its relevance tier follows (`tierOf`).
 */
const BY_NAME = 1;
const BY_FUZZY = 2;
const EXACT = 4;
const NAME_WORDS = 8;
const ACRONYM = 16;
/** Flags as an SQL literal. */
const flagsSql = (bits: number) => Prisma.raw(String(bits));

/**
 * The ids matching by full text (stemmed, or the exact words), by name substring,
 * by a name within a small typo, or (signed-in viewers) by a contact person:
 * one branch per index, each with its flags as `f`. When `ranked`, one more
 * branch adds no id: the fiches holding the query's words in their name (their
 * "nameVector", a part of the full-text vector, so every one is already a
 * full-text hit), read from that vector's own index for the relevance tier
 * (`tierOf`); and the name branch says whether the acronym is the query, from
 * the rows it reads anyway. Asked of every hit in the page's statement instead,
 * these two cost a read of each hit's row (~25 ms of a common word's ~80 ms
 * page at 10,000 partners: docs/benchmarks.md, "The relevance tier from the hits").
 */
function searchBranches(q: string, scope: SearchScope, ranked: boolean): Prisma.Sql {
  const s = nameExpr("s");
  const fuzzy =
    q.length >= 4
      ? Prisma.sql` UNION ALL SELECT s."id", ${flagsSql(BY_FUZZY)} FROM "organization" s WHERE ${s} %> ${foldedQuery(q)}`
      : Prisma.empty;
  const contacts = scope.contacts
    ? Prisma.sql` UNION ALL SELECT s."id", 0 FROM "organization" s WHERE s."contactSearchVector" @@ ${simpleTsquery(q)}`
    : Prisma.empty;
  const nameWords = ranked
    ? Prisma.sql` UNION ALL SELECT s."id", ${flagsSql(NAME_WORDS)} FROM "organization" s WHERE s."nameVector" @@ ${tsquery(q)}`
    : Prisma.empty;
  const acronym = ranked
    ? Prisma.sql` | CASE WHEN f_unaccent(lower(coalesce(s."acronym", ''))) = ${foldedQuery(q)} THEN ${flagsSql(ACRONYM)} ELSE 0 END`
    : Prisma.empty;
  return Prisma.sql`
    SELECT s."id", 0 AS f FROM "organization" s WHERE s."searchVector" @@ ${tsquery(q)}${nameWords}
    UNION ALL SELECT s."id", ${flagsSql(EXACT)} FROM "organization" s WHERE s."exactSearchVector" @@ ${simpleTsquery(q)}
    UNION ALL SELECT s."id", ${flagsSql(BY_NAME | EXACT)}${acronym} FROM "organization" s WHERE ${s} LIKE f_unaccent(${containsPattern(q)})${fuzzy}${contacts}`;
}

/**
 * Matches the fiche's full text, or its name/acronym partially or with a small typo.
 *
 * Written as a set of ids, one branch per index, rather than an `OR` on the row:
 * with an `OR`, PostgreSQL evaluates the search row by row after the other
 * filters, detoasting each ~4 kB tsvector (~420 ms over 10,000 fiches); each
 * branch here is a bitmap scan of its own GIN index (~13 ms for the full text).
 */
export function searchCondition(q: string, scope: SearchScope): Prisma.Sql {
  return Prisma.sql`o."id" IN (SELECT x."id" FROM (${searchBranches(q, scope, false)}) x)`;
}

/**
 * The relevance tier of a hit from its flags (`f`, the union of its branches'):
 * 3 for an exact acronym, 2 for a name match (substring, or the query's words
 * in the name), 1 for a fiche holding the query's words as written, 0 for one
 * matching only a stemmed neighbour ("mécanisme" for "mécanique") or a contact
 * person.
 */
function tierOf(f: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${f} & ${flagsSql(BY_NAME | ACRONYM)} = ${flagsSql(BY_NAME | ACRONYM)} THEN 3
    WHEN ${f} & ${flagsSql(BY_NAME | NAME_WORDS)} <> 0 THEN 2 WHEN ${f} & ${flagsSql(EXACT)} <> 0 THEN 1 ELSE 0 END`;
}

/**
 * Each matching id once, with what the ranking needs of it: its tier, and
 * whether its name is compared for similarity (found by name or by a name
 * within a typo), packed in one digit `d` (`similar` + 2 × `tier`, 0–7).
 */
function rankedHits(q: string, scope: SearchScope): Prisma.Sql {
  return Prisma.sql`SELECT x."id", ((bit_or(x.f) & ${flagsSql(BY_NAME | BY_FUZZY)} <> 0)::int + 2 * ${tierOf(Prisma.sql`bit_or(x.f)`)}) AS d
    FROM (${searchBranches(q, scope, true)}) x GROUP BY x."id"`;
}

/** The relation `h` of a search's hits ("id", "similar", "tier") from rows of ids and packed digits (`d`). */
function hitRelation(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT x."id", (x.d & 1) <> 0 AS "similar", x.d >> 1 AS "tier" FROM ${rows}) h`;
}

/**
 * The list's search as a relation `h` ("id"; "tier": its relevance tier, `tierOf`;
 * "similar": its name is compared for similarity), to join instead of
 * `searchCondition` when ranking: the ranking then reads these from the indexes
 * instead of recomputing them on every row.
 */
export function searchHits(q: string, scope: SearchScope): Prisma.Sql {
  return hitRelation(Prisma.sql`(${rankedHits(q, scope)}) x`);
}

/**
 * A search's hits, read once and handed to the statements that need them (the
 * page and the facets), as two strings PostgreSQL parses back (`searchHitsOf`,
 * `inSearchHits`): the matching ids in order, comma-separated, and one digit per
 * id with its rank (`rankedHits`: similar + 2 × tier). Strings rather than
 * arrays: a common word matches ~9,000 fiches at 10,000 partners, and the server
 * then decoded, converted and re-encoded ~36,000 array elements per statement
 * (Prisma and pg, ~6 ms of Node CPU per search view: docs/benchmarks.md,
 * "Officer views' SQL"); the strings pass through untouched.
 */
export interface SearchHitList {
  ids: string;
  flags: string;
}

/**
 * One row: the hits of `searchHits` as a `SearchHitList`. The ids are sorted once,
 * and both strings are aggregated from that one order (no sort per string).
 */
export function searchHitListQuery(q: string, scope: SearchScope): Prisma.Sql {
  return Prisma.sql`
    SELECT coalesce(string_agg(g."id"::text, ','), '') AS "ids", coalesce(string_agg(g.d::text, ''), '') AS "flags"
    FROM (${rankedHits(q, scope)} ORDER BY x."id") g`;
}

/** The relation `h` of `searchHits`, from hits already read (`searchHitListQuery`) instead of the indexes. */
export function searchHitsOf(hits: SearchHitList): Prisma.Sql {
  return hitRelation(Prisma.sql`unnest(string_to_array(${hits.ids}, ',')::int[], string_to_array(${hits.flags}, NULL)::int[]) AS x("id", d)`);
}

/** `o` is one of the hits already read (`searchHitListQuery`). */
export function inSearchHits(hits: SearchHitList): Prisma.Sql {
  return Prisma.sql`o."id" = ANY(string_to_array(${hits.ids}, ',')::int[])`;
}

/** Regular-expression metacharacters, and how `regexp_replace` escapes each (`\\` then the character). */
const REGEX_SPECIALS = Prisma.raw(String.raw`'([.*+?^$` + String.raw`{}()|\[\]\\])'`);
const ESCAPED = Prisma.raw(String.raw`'\\\1'`);

/**
 * A regular expression matching the folded query as whole words (`\m…\M`), its
 * metacharacters escaped after folding (unaccent turns some symbols into
 * brackets). A constant of the statement: PostgreSQL compiles it once.
 */
function wholeWordsPattern(q: string): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(String.raw`'\m'`)} || regexp_replace(${foldedQuery(q)}, ${REGEX_SPECIALS}, ${ESCAPED}, 'g') || ${Prisma.raw(String.raw`'\M'`)})`;
}

/**
 * How close the folded query is to the closest run of words of a name
 * (`word_similarity`), with its commonest case answered cheaply: a name holding
 * the query as whole words scores 1, the most `word_similarity` gives, without
 * comparing trigrams (~15 µs a name, ~1 µs for the regular expression). A
 * common word's first page compares ~1,000 names that hold it
 * (docs/benchmarks.md, "Parallel workers and lazy relevance"); the
 * integration test checks the shortcut against `word_similarity` itself.
 */
export function nameSimilarity(q: string): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${NAME_EXPR} ~ ${wholeWordsPattern(q)} THEN 1 ELSE word_similarity(${foldedQuery(q)}, ${NAME_EXPR}) END`;
}

/**
 * The order within a tier (same `o` and `h`): full-text rank plus name
 * similarity (for names found by name or by the trigram index; other names add
 * nothing). Costly: the rank reads the fiche's ~4 kB vector from TOAST and the
 * similarity may compare trigrams, so the list page computes it only for the
 * tiers its page reaches (lib/partners/queries.ts `pageCtes`).
 */
export function searchRankScore(q: string): Prisma.Sql {
  return Prisma.sql`
    ts_rank_cd(o."searchVector", ${tsquery(q)})
      + CASE WHEN h."similar" THEN ${nameSimilarity(q)} ELSE 0 END`;
}

/** ORDER BY terms of a search (same `o` and `h`): by tier, then by score within a tier. */
export function searchRankOrder(q: string): Prisma.Sql {
  return Prisma.sql`h."tier" DESC, ${searchRankScore(q)} DESC`;
}

/**
 * The query's lexemes as PostgreSQL's `querytree` prints them (`'format' & !'kaye'`),
 * for the passage code (lib/partners/passage.ts) to find the matching words.
 */
export function searchTerms(q: string): Prisma.Sql {
  return Prisma.sql`querytree(${tsquery(q)})`;
}
