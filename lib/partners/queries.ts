import "server-only";
/**
 * Reads of the partner list (page, API, exports): server-side filtering,
 * sorting and pagination. A page is one raw statement (ids, total, fields and
 * relations); the facet counts another, run beside it; a search's hits are read
 * once for both. Archived partners never appear.
 */
import { Prisma } from "../db/generated/client";
import { getDb, type Db } from "../db/client";
import { canExportContacts, canSeeContacts, type Viewer } from "../auth/roles";
import { filterConditions, whereClause, type Conditions, type FilterKey } from "./conditions";
import { PARTNER_CATEGORIES, RETURNEE_VALUES, type PartnerFilters, type PartnerSort } from "./filters";
import { shareInFlight, type InFlight } from "./in-flight";
import {
  inSearchHits,
  searchHitListQuery,
  searchHits,
  searchHitsOf,
  searchRankOrder,
  searchRankScore,
  searchTerms,
  type SearchHitList,
  type SearchScope,
} from "./search";
import { passageFromText, type Passage } from "./passage";
import { readSearch } from "./search-plan";
import { compareFrench } from "../i18n/french-order";

const LIST_SELECT = {
  id: true,
  slug: true,
  number: true,
  name: true,
  displayName: true,
  acronym: true,
  category: true,
  national: true,
  nationalText: true,
  insertionRate: true,
  insertionYear: true,
  insertionText: true,
  returneeExperience: true,
  verifiedAt: true,
  regions: { select: { region: { select: { name: true, slug: true } } }, orderBy: { region: { name: "asc" } } },
  // Absorption (a column and a sort key) and returnee capacity (a column in its short form).
  capacities: {
    where: { kind: { in: ["absorption", "returnee"] } },
    select: { kind: true, text: true, min: true, max: true, unit: true, period: true, per: true, unlimited: true },
  },
  fundings: {
    select: { current: true, inferred: true, programme: true, funder: { select: { slug: true, name: true } } },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.PartnerSelect;

/** What an export adds to a list row: the readable fiche, and contacts when the viewer may export them. */
const EXPORT_SELECT = {
  ...LIST_SELECT,
  country: true,
  regionText: true,
  cities: true,
  structureType: true,
  supportTypes: true,
  founded: true,
  returneeEvidence: true,
  costs: true,
  websites: true,
  trainings: { select: { name: true }, orderBy: { position: "asc" } },
} satisfies Prisma.PartnerSelect;

const CONTACTS_SELECT = {
  contacts: {
    select: { name: true, role: true, emails: true, phones: { select: { text: true, number: true }, orderBy: { position: "asc" } } },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.PartnerSelect;

export type PartnerListRow = Prisma.PartnerGetPayload<{ select: typeof LIST_SELECT }> & { passage: Passage | null };
export type PartnerExportRow = Prisma.PartnerGetPayload<{ select: typeof EXPORT_SELECT }> &
  Partial<Prisma.PartnerGetPayload<{ select: typeof CONTACTS_SELECT }>>;

export interface PartnerListResult<Row> {
  total: number;
  page: number;
  pageSize: number;
  items: Row[];
}

/** What the viewer's search may read: contact persons only for those who may see them. */
function scopeOf(viewer: Viewer): SearchScope {
  return { contacts: canSeeContacts(viewer) };
}

/**
 * Unaccented lower-case display name: the reading order of a directory. Stored
 * (`f_unaccent(lower("displayName"))`, migration 20261128131500_list_keys) and
 * covered by the list's index: computing it on every matching row cost ~35 ms
 * at 10,000 partners.
 */
const NAME_KEY = Prisma.sql`o."nameKey"`;
/** "Unlimited" capacity sorts above any figure; a figure per group or room is no whole figure and sorts with the unstated. */
const CAPACITY_KEY = Prisma.sql`(CASE WHEN ca."unlimited" THEN 2147483647 WHEN ca."per" IS NULL THEN coalesce(ca."max", ca."min") END)`;

function orderBy(sort: PartnerSort, q: string | null): Prisma.Sql {
  const desc = sort.startsWith("-");
  const dir = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  switch (sort.replace(/^-/, "")) {
    case "relevance":
      return q ? Prisma.sql`${searchRankOrder(q)}, ${NAME_KEY}` : NAME_KEY;
    case "category":
      return Prisma.sql`o."category" ${dir}, ${NAME_KEY}`;
    case "capacity":
      return Prisma.sql`${CAPACITY_KEY} ${dir} NULLS LAST, ${NAME_KEY}`;
    case "insertion":
      return Prisma.sql`o."insertionRate" ${dir} NULLS LAST, ${NAME_KEY}`;
    case "number":
      return Prisma.sql`o."number" ${dir} NULLS LAST`;
    case "verified":
      return Prisma.sql`o."verifiedAt" ${dir} NULLS LAST, ${NAME_KEY}`;
    default:
      return Prisma.sql`${NAME_KEY} ${dir}`;
  }
}

/**
 * The matching rows as `o`, with their absorption capacity (`ca`, a sort key) and,
 * for a search, the search's hits (`h`, which the relevance order reads).
 */
function fromMatching(f: PartnerFilters, scope: SearchScope, hits?: SearchHitList): Prisma.Sql {
  const c = filterConditions(f, scope);
  const h = hits ? searchHitsOf(hits) : f.q ? searchHits(f.q, scope) : null;
  return Prisma.sql`
    FROM "organization" o
    ${h ? Prisma.sql`JOIN ${h} ON h."id" = o."id"` : Prisma.empty}
    LEFT JOIN "capacity" ca ON ca."partnerId" = o."id" AND ca."kind" = 'absorption'
    WHERE ${whereClause(c, f.q ? ["search"] : [])}`;
}

/** The page's rows in one statement: ids, order and total, then each row's fields and lists as JSON. */
interface ListSqlRow extends Omit<PartnerListRow, "passage"> {
  total: number;
  searchText: string | null;
  terms: string | null;
}

/**
 * The CTEs ending in `page` ("id", "total", "ord"): the ids of one page of the
 * view, in order, with the view's total.
 *
 * A search in relevance order ranks in two steps. Every hit comes with its tier
 * (`h."tier"`, from the search's branches: ./search.ts `tierOf`); the costly score that orders a
 * tier (`searchRankScore`: the fiche's vector from TOAST, trigram similarity of
 * the name) is computed only for the tiers the page reaches, read from `cut`, the
 * tier of the page's last row: rows of lower tiers all sort after it, whatever
 * their score. A common word's first page scores its few hundred name matches
 * instead of its ~9,000 hits ("formation" at 10,000 partners: 139 → 72 ms,
 * docs/benchmarks.md "Parallel workers and lazy relevance"). The score is a
 * subquery inside the CASE, so PostgreSQL neither evaluates it nor reads the
 * vector for the other rows.
 */
function pageCtes(f: PartnerFilters, scope: SearchScope, limit: number, offset: number, hits?: SearchHitList): Prisma.Sql {
  if (f.q && f.sort === "relevance") {
    return Prisma.sql`
    m AS MATERIALIZED (
      SELECT o."id", o."nameKey", h."similar", h."tier"
      ${fromMatching(f, scope, hits)}
    ),
    cut AS (SELECT coalesce((SELECT m.tier FROM m ORDER BY m.tier DESC OFFSET ${offset + limit - 1} LIMIT 1), 0) AS tier),
    page AS (
      -- The subquery's rows come out in its order: row_number() over them numbers the page.
      SELECT s."id", (SELECT count(*) FROM m)::int AS total, row_number() OVER () AS ord
      FROM (
        SELECT m."id" FROM m, cut
        ORDER BY m.tier DESC,
          CASE WHEN m.tier >= cut.tier
            THEN (SELECT ${searchRankScore(f.q)} FROM "organization" o, (SELECT m."similar") h WHERE o."id" = m."id")
            ELSE 0 END DESC,
          m."nameKey", m."id"
        LIMIT ${limit} OFFSET ${offset}
      ) s
    )`;
  }
  return Prisma.sql`
    page AS (
      SELECT o."id", count(*) OVER ()::int AS total,
             row_number() OVER (ORDER BY ${orderBy(f.sort, f.q)}, o."id") AS ord
      ${fromMatching(f, scope, hits)}
      ORDER BY ord
      LIMIT ${limit} OFFSET ${offset}
    )`;
}

function pageStatement(f: PartnerFilters, scope: SearchScope, limit: number, offset: number, hits?: SearchHitList): Prisma.Sql {
  const withText = Boolean(f.q);
  // The passage is cut from what the viewer's search read: contact persons only when they may see them.
  const text = scope.contacts ? Prisma.sql`o."searchText" || E'\n' || o."contactSearchText"` : Prisma.sql`o."searchText"`;
  return Prisma.sql`
    WITH ${pageCtes(f, scope, limit, offset, hits)}
    SELECT page.total, o."id", o."slug", o."number", o."name", o."displayName", o."acronym",
           o."category"::text AS "category", o."national", o."nationalText", o."insertionRate", o."insertionYear", o."insertionText",
           o."returneeExperience"::text AS "returneeExperience", o."verifiedAt",
           ${withText ? text : Prisma.sql`NULL::text`} AS "searchText",
           ${withText ? searchTerms(f.q!) : Prisma.sql`NULL::text`} AS "terms",
           coalesce((SELECT json_agg(json_build_object('region', json_build_object('name', r."name", 'slug', r."slug")) ORDER BY r."name")
                     FROM "organization_region" pr JOIN "region" r ON r."id" = pr."regionId" WHERE pr."partnerId" = o."id"), '[]') AS "regions",
           coalesce((SELECT json_agg(json_build_object('kind', c."kind", 'text', c."text", 'min', c."min", 'max', c."max", 'unit', c."unit",
                                                       'period', c."period", 'per', c."per", 'unlimited', c."unlimited"))
                     FROM "capacity" c WHERE c."partnerId" = o."id" AND c."kind" IN ('absorption', 'returnee')), '[]') AS "capacities",
           coalesce((SELECT json_agg(json_build_object('current', fu."current", 'inferred', fu."inferred", 'programme', fu."programme", 'funder', json_build_object('slug', fr."slug", 'name', fr."name"))
                                     ORDER BY fu."position")
                     FROM "funding" fu JOIN "funder" fr ON fr."id" = fu."funderId" WHERE fu."partnerId" = o."id"), '[]') AS "fundings"
    FROM page JOIN "organization" o ON o."id" = page."id"
    ORDER BY page.ord`;
}

/** The ordered ids of every matching row (exports). */
async function allOrderedIds(db: Db, f: PartnerFilters, scope: SearchScope): Promise<number[]> {
  const rows = await readSearch<{ id: number }[]>(
    db,
    Boolean(f.q),
    Prisma.sql`
    SELECT o."id"
    ${fromMatching(f, scope)}
    ORDER BY ${orderBy(f.sort, f.q)}, o."id"`,
  );
  return rows.map((r) => r.id);
}

/**
 * The filters' conditions on `o`, the search's as the hits already read (`searchHitList`) when
 * there are some: a statement built on them runs no search branch, and needs no steering
 * (./search-plan.ts).
 */
function conditionsWithHits(f: PartnerFilters, scope: SearchScope, hits: SearchHitList | undefined) {
  const c = filterConditions(f, scope);
  if (hits) c.search = inSearchHits(hits);
  return c;
}

/** How many rows match, the search's hits read already (the page past the last one has no total of its own). */
async function countMatching(db: Db, f: PartnerFilters, scope: SearchScope, hits: SearchHitList | undefined): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>(
    Prisma.sql`SELECT count(*)::int AS total FROM "organization" o WHERE ${whereClause(conditionsWithHits(f, scope, hits))}`,
  );
  return row.total;
}

function byIdOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

/**
 * The search's hits, read once for the page and the facets of a view: the page
 * calls `listPartners` and `getPartnerFacets` side by side, and each ran the
 * whole search (its four index branches; for a common word, the trigram
 * similarity of ~1,400 names and ~20,000 index hits: most of either statement's
 * time, docs/benchmarks.md "Uncached list views"). Concurrent reads of one
 * query and scope share one statement (./in-flight.ts); nothing is kept once it
 * settles. One map per database client (tests pass their own).
 */
const hitReads = new WeakMap<Db, InFlight<[string, SearchScope], SearchHitList>>();

function searchHitList(db: Db, q: string, scope: SearchScope): Promise<SearchHitList> {
  let read = hitReads.get(db);
  if (!read) {
    read = shareInFlight(
      async (query: string, s: SearchScope) => (await readSearch<SearchHitList[]>(db, true, searchHitListQuery(query, s)))[0],
      (query, s) => JSON.stringify([query, s.contacts]),
    );
    hitReads.set(db, read);
  }
  return read(q, scope);
}

/**
 * One page of the filtered, sorted list, in one statement (the relations as
 * JSON: a Prisma `findMany` with them costs 4–6 more), after the search's hits
 * for a search (shared with the facets). A database failure throws (never an empty list).
 */
export async function listPartners(f: PartnerFilters, viewer: Viewer, db: Db = getDb()): Promise<PartnerListResult<PartnerListRow>> {
  const scope = scopeOf(viewer);
  const offset = (f.page - 1) * f.pageSize;
  const hits = f.q ? await searchHitList(db, f.q, scope) : undefined;
  // With the hits read, the statement runs no search branch: the planner needs no steering (./search-plan.ts).
  const rows = await db.$queryRaw<ListSqlRow[]>(pageStatement(f, scope, f.pageSize, offset, hits));
  // Past the last page the window is empty and carries no total: count separately.
  const total = rows.length ? rows[0].total : f.page > 1 ? await countMatching(db, f, scope, hits) : 0;
  // The total, the text and the terms serve the page, not the row.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const items = rows.map(({ total: _total, searchText, terms, ...row }) => ({
    ...row,
    passage: f.q ? passageFromText(searchText, terms, f.q) : null,
  }));
  return { total, page: f.page, pageSize: f.pageSize, items };
}

/**
 * How many partners a view holds: `listPartners`' total, without reading or
 * ranking a page (a common word's first page scores its best tier: ~100 ms at
 * 10,000 partners, the count alone a fraction of it).
 */
export async function countPartners(f: PartnerFilters, viewer: Viewer, db: Db = getDb()): Promise<number> {
  const scope = scopeOf(viewer);
  return countMatching(db, f, scope, f.q ? await searchHitList(db, f.q, scope) : undefined);
}

/**
 * Every row of the filtered view, pagination ignored (exports). Contacts are
 * read only when the viewer may export them; the serializer still gates them.
 */
export async function listPartnersForExport(f: PartnerFilters, viewer: Viewer, db: Db = getDb()): Promise<PartnerExportRow[]> {
  const ids = await allOrderedIds(db, f, scopeOf(viewer));
  if (!ids.length) return [];
  const select = canExportContacts(viewer) ? { ...EXPORT_SELECT, ...CONTACTS_SELECT } : EXPORT_SELECT;
  const rows: PartnerExportRow[] = await db.partner.findMany({ where: { id: { in: ids } }, select });
  return byIdOrder(ids, rows);
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** The filters that have a facet: each facet's counts apply every filter but its own. */
const FACETED = ["region", "category", "funder", "returnees"] as const;
type FacetKey = (typeof FACETED)[number];

/**
 * The filters whose conditions (./conditions.ts) read no column of `o` but those
 * the facet keys copy ("id", "status", "national", "category",
 * "returneeExperience"; the others go through "id"): with only these, the facets
 * scan `organization_facet_keys` alone. Any other filter (insertion rate,
 * verification date, or one added later) joins the partner's row.
 */
const ON_FACET_KEYS: readonly FilterKey[] = ["search", "region", "category", "funder", "course", "returnees", "capacity"];

/**
 * The partners as the facets read them: `o`, with their "regionIds" and
 * "funderIds". The facet keys alone, their columns named as the partner's, when
 * every condition in use reads only what they copy; else the keys joined with
 * the partner's row. (PostgreSQL pulls either subquery up into the statement:
 * only the columns used are read.)
 */
function facetRows(c: Conditions): Prisma.Sql {
  const keysOnly = (Object.keys(c) as FilterKey[]).every((key) => ON_FACET_KEYS.includes(key));
  return keysOnly
    ? Prisma.sql`(SELECT k."partnerId" AS "id", k."status", k."national", k."category", k."returneeExperience", k."regionIds", k."funderIds"
        FROM "organization_facet_keys" k) o`
    : Prisma.sql`(SELECT p.*, k."regionIds", k."funderIds" FROM "organization" p JOIN "organization_facet_keys" k ON k."partnerId" = p."id") o`;
}

/**
 * The rows of `candidates` that some facet counts: those failing at most one of
 * the faceted filters in use (`keys`, two or more). A row failing two holds no
 * facet's "every other filter": with a region and a category chosen, a partner
 * of neither counts nowhere, and `m` leaves out most of the directory instead of
 * materializing all of it. `OFFSET 0` keeps the subquery whole, so that each
 * flag is computed once, not again in this condition. A flag that is null counts
 * as failed, as in the facets' WHERE. Measured in docs/benchmarks.md,
 * "Facets' rows, fiche markup, plain messages in async components, warm until steady".
 */
function countedSomewhere(candidates: Prisma.Sql, keys: readonly FacetKey[]): Prisma.Sql {
  const failed = keys.map((key) => Prisma.raw(`(CASE WHEN c.in_${key} THEN 0 ELSE 1 END)`));
  return Prisma.sql`SELECT c.* FROM (${candidates} OFFSET 0) c WHERE ${Prisma.join(failed, " + ")} <= 1`;
}

export interface PartnerFacets {
  region: FacetValue[];
  category: FacetValue[];
  funder: FacetValue[];
  returnees: FacetValue[];
  /** Partners with national coverage among those matching the other filters (they count in every region). */
  national: number;
}

/**
 * Counts for each filter's values, with every OTHER filter applied (a region's
 * count answers "how many if I add this region"). One round trip, and the
 * search (the costly part) is evaluated once: `m` holds the partners matching
 * the filters no facet varies, with one flag per faceted filter; each facet
 * counts the rows of `m` whose other flags hold. The viewer decides what the
 * search reads (contact persons or not), as in the list. Regions and funders
 * are counted from each partner's facet keys (`organization_facet_keys`: its
 * region ids and distinct funder ids, kept by triggers), unnested over `m`:
 * for a view of all 10,000 partners ~12 ms instead of ~55 ms of joins with
 * organization_region and every funding (docs/benchmarks.md, "Facet keys").
 * `m` itself comes from that one table when the filters allow (`facetRows`).
 * A partner funded twice by one funder (a current and a past funding) counts
 * once: its funder ids are distinct.
 */
export async function getPartnerFacets(f: PartnerFilters, viewer: Viewer, db: Db = getDb()): Promise<PartnerFacets> {
  const scope = scopeOf(viewer);
  const c = conditionsWithHits(f, scope, f.q ? await searchHitList(db, f.q, scope) : undefined);
  const faceted = FACETED.filter((key) => c[key]);
  // The flags of the faceted filters in use only, and each facet's condition from
  // those: a flag always true would read as a 50 % filter to the planner, which
  // then underestimates `m` ten-fold and probes the regions and fundings row by row.
  const flags = faceted.map((key) => Prisma.sql`, ${c[key]!} AS ${Prisma.raw(`in_${key}`)}`);
  const others = (own: FacetKey) =>
    Prisma.join([Prisma.sql`TRUE`, ...faceted.filter((key) => key !== own).map((key) => Prisma.raw(`m.in_${key}`))], " AND ");
  const candidates = Prisma.sql`
      SELECT o."id", o."national", o."category", o."returneeExperience", o."regionIds", o."funderIds"${flags.length ? Prisma.join(flags, "") : Prisma.empty}
      FROM ${facetRows(c)}
      WHERE ${whereClause(c, [...FACETED])}`;
  const rows = await db.$queryRaw<{ facet: string; value: string; label: string; count: number }[]>(
    Prisma.sql`
    WITH m AS MATERIALIZED (${faceted.length < 2 ? candidates : countedSomewhere(candidates, faceted)})
    SELECT 'region' AS facet, r."slug" AS value, r."name" AS label,
           (coalesce(x.count, 0) + (SELECT count(*) FROM m WHERE m."national" AND ${others("region")}))::int AS count
      FROM "region" r
      LEFT JOIN (SELECT u."regionId", count(*) AS count
                 FROM (SELECT unnest(m."regionIds") AS "regionId" FROM m WHERE NOT m."national" AND ${others("region")}) u
                 GROUP BY u."regionId") x ON x."regionId" = r."id"
    UNION ALL
    SELECT 'national', '', '', count(*)::int FROM m WHERE m."national" AND ${others("region")}
    UNION ALL
    SELECT 'category', m."category"::text, '', count(*)::int FROM m WHERE ${others("category")} GROUP BY m."category"
    UNION ALL
    SELECT 'returnees', m."returneeExperience"::text, '', count(*)::int FROM m WHERE ${others("returnees")}
      GROUP BY m."returneeExperience"
    UNION ALL
    SELECT 'funder', fr."slug", fr."name", coalesce(n.count, 0)::int
      FROM "funder" fr
      LEFT JOIN (SELECT u."funderId", count(*) AS count
                 FROM (SELECT unnest(m."funderIds") AS "funderId" FROM m WHERE ${others("funder")}) u
                 GROUP BY u."funderId") n ON n."funderId" = fr."id"
      WHERE EXISTS (SELECT 1 FROM "funding" fu WHERE fu."funderId" = fr."id")`,
  );

  const of = (facet: string) => rows.filter((r) => r.facet === facet);
  const fixed = (facet: string, values: readonly string[]) => {
    const counts = new Map(of(facet).map((r) => [r.value, r.count]));
    return values.map((value) => ({ value, label: value, count: counts.get(value) ?? 0 }));
  };
  const named = (facet: string) =>
    of(facet)
      .map((r) => ({ value: r.value, label: r.label, count: r.count }))
      .sort((a, b) => compareFrench(a.label, b.label));
  return {
    region: named("region"),
    category: fixed("category", PARTNER_CATEGORIES),
    funder: named("funder"),
    returnees: fixed("returnees", RETURNEE_VALUES),
    national: of("national")[0]?.count ?? 0,
  };
}
