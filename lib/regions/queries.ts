import "server-only";
import { getDb } from "../db/client";
import { PartnerCategory } from "../db/generated/enums";
import { categorySlug } from "../partners/detail";
import { buildCoverageMatrix, type CoverageMatrix } from "./matrix";
import { inFrenchOrder } from "./order";

/** The coverage matrix over active partners; categories in the report's order, regions alphabetical. */
export async function getCoverageMatrix(): Promise<CoverageMatrix> {
  const db = getDb();
  const [regions, partners] = await Promise.all([
    db.region.findMany({ select: { id: true, slug: true, name: true } }),
    db.partner.findMany({
      where: { status: "active" },
      select: {
        category: true,
        national: true,
        regions: { select: { regionId: true } },
        capacities: { where: { kind: "absorption" }, select: { min: true, max: true } },
      },
    }),
  ]);
  const categories = Object.values(PartnerCategory).map(categorySlug);
  return buildCoverageMatrix(
    categories,
    inFrenchOrder(regions),
    partners.map((p) => ({
      category: categorySlug(p.category),
      national: p.national,
      regionIds: p.regions.map((r) => r.regionId),
      absorption: p.capacities[0] ? (p.capacities[0].max ?? p.capacities[0].min) : null,
    })),
  );
}
