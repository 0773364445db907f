import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats-server";
import { invalidParameter } from "@/lib/api/errors";
import { checkLangParam } from "@/lib/api/lang";
import { apiRoute } from "@/lib/api/route";
import { getViewer } from "@/lib/auth/viewer";
import { publicOrigin } from "@/lib/env";
import { exportFileName, partnersToCsv, partnersToXlsx, type ExportLabels } from "@/lib/partners/export";
import { parsePartnerFilters } from "@/lib/partners/filters";
import { anonymousPartnerList } from "@/lib/partners/cached";
import { listPartners, listPartnersForExport } from "@/lib/partners/queries";
import { serializePartnerExportItem, serializePartnerList } from "@/lib/partners/serializers";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/partners: the filtered list as JSON (one page), CSV or XLSX (every
 * row of the view). Parameters: README "JSON API"; the same parser as the page.
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const parsed = parsePartnerFilters(url.searchParams);
  if (!parsed.success) throw invalidParameter(parsed.error.param, parsed.error.message);
  checkLangParam(url.searchParams);
  const filters = parsed.data;

  const viewer = await getViewer();
  if (filters.format === "json") {
    // Anonymous answers hold no personal data: they share the page's short cache.
    const list = viewer ? await listPartners(filters, viewer) : await anonymousPartnerList(filters);
    return Response.json(serializePartnerList(list), {
      headers: { "Cache-Control": "no-store" },
    });
  }
  const items = (await listPartnersForExport(filters, viewer)).map((row) => serializePartnerExportItem(row, viewer));
  // The chosen list columns shape the export too (issue 12); links use the public URL, not the request's host.
  const input = { items, labels: await exportLabels(), origin: publicOrigin(url), columns: filters.columns };
  const name = exportFileName(filters.format);
  const headers = {
    "Content-Disposition": `attachment; filename="${name}"`,
    // An export may carry contacts: never let a shared cache keep it.
    "Cache-Control": "private, no-store",
  };
  if (filters.format === "csv") {
    return new Response(partnersToCsv(input), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const xlsx = await partnersToXlsx(input);
  return new Response(new Uint8Array(xlsx), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
});

async function exportLabels(): Promise<ExportLabels> {
  const [t, tCategory, formats] = await Promise.all([getTranslations("partners"), getTranslations("categories"), getFormats()]);
  return {
    headers: t.raw("export.headers") as ExportLabels["headers"],
    category: (slug) => tCategory(slug),
    returnees: (value) => t(`returnees.${value}` as "returnees.yes"),
    national: t("national"),
    unlimited: t("unlimited"),
    part: (word) => formats.term("parts", word).text,
    via: (programme) => t("table.via", { programme }),
    sheetName: t("export.sheetName"),
  };
}
