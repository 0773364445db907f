/**
 * The region × category coverage matrix, computed from the partners' coverage.
 * Pure: lib/regions/queries.ts feeds it rows, tests feed it small fixtures.
 *
 * Counting rule (docs: the footnote of /regions): a partner with national
 * coverage works in every region, so it is counted in every region's cells
 * (like the list filter, which matches it for any region) AND shown on its own
 * "national" row. A region's capacity total, however, only sums the partners
 * that name the region: a national figure cannot be split between regions.
 */

export interface MatrixPartner {
  category: string;
  national: boolean;
  regionIds: number[];
  /** The absorption capacity's upper figure (max, else min); null when the fiche gives none. */
  absorption: number | null;
}

export interface MatrixRegion {
  id: number;
  slug: string;
  name: string;
}

export interface CapacityTotal {
  /** Sum of the figures of the partners that give one. */
  sum: number;
  withFigure: number;
  withoutFigure: number;
}

export interface MatrixRow {
  region: Omit<MatrixRegion, "id">;
  /** Partners per category, national ones included. */
  cells: Record<string, number>;
  /** Of which national partners, per category. */
  nationalCells: Record<string, number>;
  /** Distinct partners working in the region (national ones included). */
  total: number;
  /** Over the partners that name this region (national-only partners left out). */
  absorption: CapacityTotal;
}

export interface CoverageMatrix {
  categories: string[];
  rows: MatrixRow[];
  /** Partners with national coverage, per category. */
  national: { cells: Record<string, number>; total: number; absorption: CapacityTotal };
  /** Partners that neither name a region nor cover the country. */
  unplaced: { cells: Record<string, number>; total: number };
  /** Active partners per category, each counted once. */
  categoryTotals: Record<string, number>;
  partnerCount: number;
}

function zeroes(categories: readonly string[]): Record<string, number> {
  return Object.fromEntries(categories.map((c) => [c, 0]));
}

function capacityTotal(partners: MatrixPartner[]): CapacityTotal {
  const withFigure = partners.filter((p) => p.absorption != null);
  return {
    sum: withFigure.reduce((s, p) => s + (p.absorption ?? 0), 0),
    withFigure: withFigure.length,
    withoutFigure: partners.length - withFigure.length,
  };
}

export function buildCoverageMatrix(
  categories: readonly string[],
  regions: readonly MatrixRegion[],
  partners: readonly MatrixPartner[],
): CoverageMatrix {
  const national = partners.filter((p) => p.national);
  const rows = regions.map((region): MatrixRow => {
    const named = partners.filter((p) => p.regionIds.includes(region.id));
    const present = partners.filter((p) => p.national || p.regionIds.includes(region.id));
    const cells = zeroes(categories);
    const nationalCells = zeroes(categories);
    for (const p of present) {
      cells[p.category] = (cells[p.category] ?? 0) + 1;
      if (p.national) nationalCells[p.category] = (nationalCells[p.category] ?? 0) + 1;
    }
    return {
      region: { slug: region.slug, name: region.name },
      cells,
      nationalCells,
      total: present.length,
      absorption: capacityTotal(named),
    };
  });

  const nationalCells = zeroes(categories);
  for (const p of national) nationalCells[p.category] = (nationalCells[p.category] ?? 0) + 1;

  const known = new Set(regions.map((r) => r.id));
  const unplacedPartners = partners.filter((p) => !p.national && !p.regionIds.some((id) => known.has(id)));
  const unplacedCells = zeroes(categories);
  for (const p of unplacedPartners) unplacedCells[p.category] = (unplacedCells[p.category] ?? 0) + 1;

  const categoryTotals = zeroes(categories);
  for (const p of partners) categoryTotals[p.category] = (categoryTotals[p.category] ?? 0) + 1;

  return {
    categories: [...categories],
    rows,
    national: { cells: nationalCells, total: national.length, absorption: capacityTotal(national) },
    unplaced: { cells: unplacedCells, total: unplacedPartners.length },
    categoryTotals,
    partnerCount: partners.length,
  };
}
