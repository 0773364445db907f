/**
 * The WHERE pieces of the partner list, one per filter, shared by the list,
 * the export and the facets (a facet's counts apply every filter but its own).
 * Every fragment refers to the organization row as `o`; values are bound
 * parameters, never spliced text.
 */
import { Prisma } from "../db/generated/client";
import { VERIFICATION_MAX_AGE_MONTHS, type PartnerFilters } from "./filters";
import { searchCondition, type SearchScope } from "./search";

export type FilterKey = "search" | "region" | "category" | "funder" | "course" | "returnees" | "capacity" | "insertion" | "verification";

export type Conditions = Partial<Record<FilterKey, Prisma.Sql>>;

function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `scope`: what the search may read for this viewer (contact persons or not, ./search.ts). */
export function filterConditions(f: PartnerFilters, scope: SearchScope): Conditions {
  const c: Conditions = {};
  if (f.q) c.search = searchCondition(f.q, scope);
  if (f.regions.length) {
    // A partner with national coverage works in every region.
    c.region = Prisma.sql`(o."national" OR EXISTS (
      SELECT 1 FROM "organization_region" pr JOIN "region" r ON r."id" = pr."regionId"
      WHERE pr."partnerId" = o."id" AND r."name" IN (${Prisma.join(f.regions)})))`;
  }
  if (f.categories.length) {
    c.category = Prisma.sql`o."category" IN (${Prisma.join(f.categories.map((v) => Prisma.sql`${v}::"PartnerCategory"`))})`;
  }
  if (f.funders.length) {
    c.funder = Prisma.sql`EXISTS (
      SELECT 1 FROM "funding" fu JOIN "funder" fr ON fr."id" = fu."funderId"
      WHERE fu."partnerId" = o."id" AND fr."slug" IN (${Prisma.join(f.funders)}))`;
  }
  if (f.course) {
    c.course = Prisma.sql`EXISTS (
      SELECT 1 FROM "training" t
      WHERE t."partnerId" = o."id" AND f_unaccent(lower(t."name")) LIKE f_unaccent(${likeContains(f.course)}))`;
  }
  if (f.returnees.length) {
    c.returnees = Prisma.sql`o."returneeExperience" IN (${Prisma.join(f.returnees.map((v) => Prisma.sql`${v}::"ReturneeExperience"`))})`;
  }
  if (f.minCapacity !== null) {
    // Like with like: a figure per group, room or course ("25 apprenants par groupe") is no whole capacity.
    c.capacity = Prisma.sql`EXISTS (
      SELECT 1 FROM "capacity" cf
      WHERE cf."partnerId" = o."id" AND cf."kind" = 'absorption'
        AND (cf."unlimited" OR (cf."per" IS NULL AND coalesce(cf."max", cf."min") >= ${f.minCapacity})))`;
  }
  if (f.hasInsertion !== null) {
    c.insertion = f.hasInsertion ? Prisma.sql`o."insertionRate" IS NOT NULL` : Prisma.sql`o."insertionRate" IS NULL`;
  }
  if (f.unverified) {
    c.verification = Prisma.sql`(o."verifiedAt" IS NULL OR o."verifiedAt" < now() - make_interval(months => ${VERIFICATION_MAX_AGE_MONTHS}))`;
  }
  return c;
}

/** Active partners matching every condition except those left out. */
export function whereClause(c: Conditions, except: FilterKey[] = []): Prisma.Sql {
  const parts = [Prisma.sql`o."status" = 'active'`];
  for (const [key, sql] of Object.entries(c) as [FilterKey, Prisma.Sql][]) if (!except.includes(key)) parts.push(sql);
  return Prisma.join(parts, " AND ");
}
