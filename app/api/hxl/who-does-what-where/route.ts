import { getTranslations } from "next-intl/server";
import { invalidParameter } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { publicOrigin } from "@/lib/env";
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
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const parsed = parsePartnerFilters(url.searchParams);
  if (!parsed.success) throw invalidParameter(parsed.error.param, parsed.error.message);
  const rows = await listPartnersForExport(parsed.data, null);
  const partners: WhoWhatWherePartner[] = rows.map((p) => ({
    slug: p.slug,
    name: p.displayName || p.name,
    acronym: p.acronym,
    category: categorySlug(p.category),
    national: p.national,
    regions: p.regions.map((r) => r.region),
    returneeExperience: p.returneeExperience,
    capacity: p.capacities.find((c) => c.kind === "absorption") ?? null,
    funders: [...new Set(p.fundings.map((f) => f.funder.name))],
  }));
  const csv = whoWhatWhereCsv(partners, await hxlLabels(), publicOrigin(url));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="passerelle-3w-hxl-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

async function hxlLabels(): Promise<HxlLabels> {
  const t = await getTranslations("exchange.hxl");
  const tc = await getTranslations("categories");
  return {
    headers: t.raw("headers") as HxlLabels["headers"],
    sector: (slug) => tc(slug as "ngo"),
    coverage: { region: t("coverage.region"), national: t("coverage.national"), unknown: t("coverage.unknown") },
  };
}
