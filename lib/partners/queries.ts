import "server-only";
/**
 * Reads of the partner list (page, API, exports): server-side filtering,
 * sorting and pagination. Two round trips: one raw statement for the ordered
 * ids of the page (with the total and the matching passages), one `findMany`
 * for those rows' fields. Archived partners never appear.
 */
import { Prisma } from "../db/generated/client";
import { getDb, type Db } from "../db/client";
import { canExportContacts, type Viewer } from "../auth/viewer";
import { filterConditions, whereClause } from "./conditions";
import { PARTNER_CATEGORIES, RETURNEE_VALUES, type PartnerFilters, type PartnerSort } from "./filters";
import { headlineJoin, MARK_END, MARK_START, searchRankOrder } from "./search";
import { passageFromHeadline, type Passage } from "./passage";

const LIST_SELECT = {
  id: true,
  slug: true,
  number: true,
  name: true,
  displayName: true,
  acronym: true,
  category: true,
  national: true,
  insertionRate: true,
  insertionYear: true,
  insertionText: true,
  returneeExperience: true,
  regions: { select: { region: { select: { name: true, slug: true } } }, orderBy: { region: { name: "asc" } } },
  capacities: {
    where: { kind: "absorption" },
    select: { text: true, min: true, max: true, unit: true, period: true, unlimited: true },
  },
  fundings: { select: { current: true, funder: { select: { slug: true, name: true } } }, orderBy: { position: "asc" } },
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
  updatedAt: true,
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

/** Unaccented lower-case display name: the reading order of a directory. */
const NAME_KEY = Prisma.sql`f_unaccent(lower(o."displayName"))`;
/** "Unlimited" capacity sorts above any figure. */
const CAPACITY_KEY = Prisma.sql`(CASE WHEN ca."unlimited" THEN 2147483647 ELSE coalesce(ca."max", ca."min") END)`;

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
    default:
      return Prisma.sql`${NAME_KEY} ${dir}`;
  }
}

interface IdRow {
  id: number;
  total: number;
  headline: string | null;
  around: string | null;
}

/** The ordered ids of one page (or of every row when `limit` is null), with the total. */
async function orderedIds(db: Db, f: PartnerFilters, limit: number | null, offset: number): Promise<IdRow[]> {
  const where = whereClause(filterConditions(f));
  const paging = limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
  const withPassage = f.q && limit !== null;
  const passage = withPassage ? Prisma.sql`hl.headline, ha.around` : Prisma.sql`NULL::text AS headline, NULL::text AS around`;
  return db.$queryRaw<IdRow[]>`
    WITH page AS (
      SELECT o."id", count(*) OVER ()::int AS total,
             row_number() OVER (ORDER BY ${orderBy(f.sort, f.q)}, o."id") AS ord
      FROM "organization" o
      LEFT JOIN "capacity" ca ON ca."partnerId" = o."id" AND ca."kind" = 'absorption'
      WHERE ${where}
      ORDER BY ord
      ${paging}
    )
    SELECT page."id", page.total, ${passage}
    FROM page JOIN "organization" o ON o."id" = page."id"
    ${withPassage ? headlineJoin(f.q!) : Prisma.empty}
    ORDER BY page.ord`;
}

async function countMatching(db: Db, f: PartnerFilters): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "organization" o WHERE ${whereClause(filterConditions(f))}`;
  return row.total;
}

function byIdOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

/** One page of the filtered, sorted list. A database failure throws (never an empty list). */
export async function listPartners(f: PartnerFilters, _viewer: Viewer, db: Db = getDb()): Promise<PartnerListResult<PartnerListRow>> {
  const offset = (f.page - 1) * f.pageSize;
  const ids = await orderedIds(db, f, f.pageSize, offset);
  // Past the last page the window is empty and carries no total: count separately.
  const total = ids.length ? ids[0].total : f.page > 1 ? await countMatching(db, f) : 0;
  const rows = ids.length
    ? await db.partner.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: LIST_SELECT })
    : [];
  const passages = new Map(ids.map((r) => [r.id, passageFromHeadline(r.headline, r.around, MARK_START, MARK_END)]));
  const items = byIdOrder(ids.map((r) => r.id), rows).map((row) => ({ ...row, passage: passages.get(row.id) ?? null }));
  return { total, page: f.page, pageSize: f.pageSize, items };
}

/**
 * Every row of the filtered view, pagination ignored (exports). Contacts are
 * read only when the viewer may export them; the serializer still gates them.
 */
export async function listPartnersForExport(f: PartnerFilters, viewer: Viewer, db: Db = getDb()): Promise<PartnerExportRow[]> {
  const ids = (await orderedIds(db, f, null, 0)).map((r) => r.id);
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
 * count answers "how many if I add this region"). One round trip.
 */
export async function getPartnerFacets(f: PartnerFilters, db: Db = getDb()): Promise<PartnerFacets> {
  const c = filterConditions(f);
  const rows = await db.$queryRaw<{ facet: string; value: string; label: string; count: number }[]>`
    SELECT 'region' AS facet, r."slug" AS value, r."name" AS label, count(o."id")::int AS count
      FROM "region" r
      LEFT JOIN "organization" o ON ${whereClause(c, ["region"])} AND (o."national" OR EXISTS (
        SELECT 1 FROM "organization_region" pr WHERE pr."partnerId" = o."id" AND pr."regionId" = r."id"))
      GROUP BY r."slug", r."name"
    UNION ALL
    SELECT 'national', '', '', count(*)::int FROM "organization" o WHERE ${whereClause(c, ["region"])} AND o."national"
    UNION ALL
    SELECT 'category', o."category"::text, '', count(*)::int FROM "organization" o WHERE ${whereClause(c, ["category"])} GROUP BY o."category"
    UNION ALL
    SELECT 'returnees', o."returneeExperience"::text, '', count(*)::int FROM "organization" o WHERE ${whereClause(c, ["returnees"])} GROUP BY o."returneeExperience"
    UNION ALL
    SELECT 'funder', fr."slug", fr."name", count(DISTINCT o."id")::int
      FROM "funder" fr JOIN "funding" fu ON fu."funderId" = fr."id"
      LEFT JOIN "organization" o ON o."id" = fu."partnerId" AND ${whereClause(c, ["funder"])}
      GROUP BY fr."slug", fr."name"`;

  const of = (facet: string) => rows.filter((r) => r.facet === facet);
  const fixed = (facet: string, values: readonly string[]) => {
    const counts = new Map(of(facet).map((r) => [r.value, r.count]));
    return values.map((value) => ({ value, label: value, count: counts.get(value) ?? 0 }));
  };
  const named = (facet: string) =>
    of(facet)
      .map((r) => ({ value: r.value, label: r.label, count: r.count }))
      .sort((a, b) => a.label.localeCompare(b.label, "fr"));
  return {
    region: named("region"),
    category: fixed("category", PARTNER_CATEGORIES),
    funder: named("funder"),
    returnees: fixed("returnees", RETURNEE_VALUES),
    national: of("national")[0]?.count ?? 0,
  };
}
