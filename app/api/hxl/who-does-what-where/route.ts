import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { whoWhatWhereCsv, type HxlLabels, type WhoWhatWherePartner } from "@/lib/hxl/who-does-what-where";
import { categorySlug } from "@/lib/fiches/values/categories";
import { parsePartnerFilters } from "@/lib/partners/filters";
import { listPartnersForExport } from "@/lib/partners/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/hxl/who-does-what-where: the 3W view (who, what, where) as an
 * HXL-tagged CSV, with the partner list's filters (README "JSON API"). Read as
 * no viewer: the rows hold no contact person for anyone.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parsePartnerFilters(url.searchParams);
  if (!parsed.success) return Response.json({ error: parsed.error }, { status: 400 });
  try {
    const rows = await listPartnersForExport(parsed.data, null);
    const partners: WhoWhatWherePartner[] = rows.map((p) => ({
      slug: p.slug,
      name: p.displayName || p.name,
      acronym: p.acronym,
      category: categorySlug(p.category),
      national: p.national,
      regions: p.regions.map((r) => r.region),
      returneeExperience: p.returneeExperience,
      capacity: p.capacities[0] ?? null,
      funders: [...new Set(p.fundings.map((f) => f.funder.name))],
    }));
    const csv = whoWhatWhereCsv(partners, await hxlLabels(), url.origin);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="passerelle-3w-hxl-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const reachable = await getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    if (reachable) throw error;
    return Response.json({ error: { param: null, message: "the directory is unavailable; retry shortly" } }, { status: 503 });
  }
}

async function hxlLabels(): Promise<HxlLabels> {
  const t = await getTranslations("exchange.hxl");
  const tc = await getTranslations("categories");
  return {
    headers: t.raw("headers") as HxlLabels["headers"],
    sector: (slug) => tc(slug as "ngo"),
    coverage: { region: t("coverage.region"), national: t("coverage.national"), unknown: t("coverage.unknown") },
  };
}
