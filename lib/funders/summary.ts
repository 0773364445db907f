/**
 * Who funds what, where: one funder's partners by region and by category, and
 * its share of the directory. Pure: lib/funders/queries.ts feeds it rows.
 *
 * Counting rule, the same as the region × category matrix and the list filter
 * (lib/regions/matrix.ts): a partner with national coverage counts in every
 * region, and each region says how many of its partners are national. So the
 * count shown for (funder, region) is the length of /partners?funder=…&region=….
 */
import { PARTNER_CATEGORIES, type PartnerCategory } from "../partners/filter-params";
import { buildCoverageMatrix, type MatrixRegion } from "../regions/matrix";
import { compareFrench } from "../i18n/french-order";

export interface FundedPartnerFacts {
  id: number;
  category: PartnerCategory;
  national: boolean;
  regionIds: number[];
  current: boolean;
}

export interface FunderRegionCount {
  slug: string;
  name: string;
  /** Partners in the region, national ones included. */
  count: number;
  /** Partners that name the region. */
  named: number;
}

export interface FunderFigures {
  /** Distinct active partners whose fiche names the funder. */
  partnerCount: number;
  /** Of which funded now (the others only in the past). */
  currentCount: number;
  /** Share of the directory's active partners, 0 to 1. */
  share: number;
  /** Partners with national coverage. */
  national: number;
  /** Every region, in the order given. */
  regions: FunderRegionCount[];
  /** Every category, in the report's order. */
  categories: Array<{ category: PartnerCategory; count: number }>;
}

/** One funder's figures from its fundings (a partner funded twice, now and in the past, counts once). */
export function funderFigures(fundings: readonly FundedPartnerFacts[], regions: readonly MatrixRegion[], activePartners: number): FunderFigures {
  const partners = new Map<number, FundedPartnerFacts>();
  for (const f of fundings) {
    const seen = partners.get(f.id);
    partners.set(f.id, seen ? { ...seen, current: seen.current || f.current } : f);
  }
  const list = [...partners.values()];
  const matrix = buildCoverageMatrix(
    PARTNER_CATEGORIES,
    regions,
    list.map((p) => ({ category: p.category, national: p.national, regionIds: p.regionIds, absorption: null })),
  );
  return {
    partnerCount: list.length,
    currentCount: list.filter((p) => p.current).length,
    share: activePartners > 0 ? list.length / activePartners : 0,
    national: matrix.national.total,
    regions: matrix.rows.map((row) => ({ ...row.region, count: row.total, named: row.total - matrix.national.total })),
    categories: PARTNER_CATEGORIES.map((category) => ({ category, count: matrix.categoryTotals[category] ?? 0 })),
  };
}

/**
 * How many funded partners a funder's or donor's page lists. The report's
 * funders fund at most a dozen partners each; at 10,000 partners one funded
 * ~3,000 and its page weighed 3.4 MB (docs/benchmarks.md, "Pages that read
 * every partner"). The pages read only those (./funded.ts); the rest are a link
 * away, in the list filtered on the funder, which pages, sorts and filters them.
 */
export const FUNDED_ROWS_SHOWN = 50;

/** The funders directory's order: the funders of the most partners first, ties by name (French collation, accents ignored). */
export function byMostPartners(a: { partnerCount: number; name: string }, b: { partnerCount: number; name: string }): number {
  return b.partnerCount - a.partnerCount || compareFrench(a.name, b.name);
}

/** The funder × region matrix (app/regions) has a row for funders of at least this many partners. */
export const MATRIX_MIN_PARTNERS = 2;
/**
 * ...and for at most this many of them, those of the most partners: the report's 30 funders of
 * two partners or more fit, and a longer directory keeps a page that loads on a phone (at the
 * bench's 10,000 partners, 123 rows made /regions 986 kB of HTML). /funders lists every funder.
 */
export const MATRIX_ROWS = 40;

/**
 * The matrix's rows: funders of at least `min` partners, the `max` of the most partners
 * (`byMostPartners`, the funders directory's order), and how many are left out below
 * the minimum and beyond the row limit.
 */
export function matrixRows<T extends { partnerCount: number; name: string }>(
  funders: readonly T[],
  min: number = MATRIX_MIN_PARTNERS,
  max: number = MATRIX_ROWS,
): { rows: T[]; belowMin: number; beyondRows: number } {
  const eligible = funders.filter((f) => f.partnerCount >= min).sort(byMostPartners);
  return { rows: eligible.slice(0, max), belowMin: funders.length - eligible.length, beyondRows: Math.max(0, eligible.length - max) };
}
