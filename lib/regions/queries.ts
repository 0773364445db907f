import "server-only";
import { getDb } from "../db/client";
import { activeFiches } from "../directory/visibility";
import { PARTNER_CATEGORIES, categorySlug } from "../fiches/values/categories";
import { capacityFigure } from "../partners/capacity";
import { buildCoverageMatrix, type CoverageMatrix } from "./matrix";
import { inFrenchOrder } from "./order";

/** The coverage matrix over active partners; categories in the report's order, regions alphabetical. */
export async function getCoverageMatrix(): Promise<CoverageMatrix> {
  const db = getDb();
  const [regions, partners] = await Promise.all([
    db.region.findMany({ select: { id: true, slug: true, name: true } }),
    db.partner.findMany({
      where: activeFiches,
      select: {
        category: true,
        national: true,
        regions: { select: { regionId: true } },
        capacities: { where: { kind: "absorption" }, select: { min: true, max: true, per: true } },
      },
    }),
  ]);
  return buildCoverageMatrix(
    PARTNER_CATEGORIES,
    inFrenchOrder(regions),
    partners.map((p) => ({
      category: categorySlug(p.category),
      national: p.national,
      regionIds: p.regions.map((r) => r.regionId),
      absorption: p.capacities[0] ? capacityFigure(p.capacities[0]) : null,
    })),
  );
}
