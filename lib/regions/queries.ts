import "server-only";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { PARTNER_CATEGORIES, categorySlug, type PartnerCategory } from "../fiches/values/categories";
import { capacityFigure } from "../partners/capacity";
import { buildCoverageMatrix, type CoverageMatrix } from "./matrix";
import { inFrenchOrder } from "./order";

/** The coverage matrix over active partners; categories in the report's order, regions alphabetical. */
export async function getCoverageMatrix(): Promise<CoverageMatrix> {
  const db = getDb();
  const [regions, partners] = await Promise.all([
    db.region.findMany({ select: { id: true, slug: true, name: true } }),
    // Flat rows, the coverage from the facet keys (kept by triggers, as the list's
    // facets read them): at 10,000 partners Prisma's nested read of the partners,
    // their regions and capacities took 320–770 ms (docs/benchmarks.md, "Pages that
    // read every partner").
    db.$queryRaw<Array<{ category: PartnerCategory; national: boolean; regionIds: number[]; min: number | null; max: number | null; per: string | null }>>(
      Prisma.sql`
      SELECT k."category"::text AS "category", k."national", k."regionIds", ca."min", ca."max", ca."per"
      FROM "organization_facet_keys" k
      LEFT JOIN "capacity" ca ON ca."partnerId" = k."partnerId" AND ca."kind" = 'absorption'
      WHERE k."status" = 'active'`,
    ),
  ]);
  return buildCoverageMatrix(
    PARTNER_CATEGORIES,
    inFrenchOrder(regions),
    partners.map((p) => ({
      category: categorySlug(p.category),
      national: p.national,
      regionIds: p.regionIds,
      absorption: capacityFigure(p),
    })),
  );
}
