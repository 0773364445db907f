import { getTranslations } from "next-intl/server";
import { forbidden, invalidParameter, unauthorized } from "@/lib/api/errors";
import { checkLangParam } from "@/lib/api/lang";
import { apiRoute } from "@/lib/api/route";
import { canExportContacts, getViewer } from "@/lib/auth/viewer";
import { publicOrigin } from "@/lib/env";
import { contactRows, contactsFileName, contactsToCsv, contactsToXlsx, type ContactExportLabels } from "@/lib/partners/contacts-export";
import { parsePartnerFilters } from "@/lib/partners/filters";
import { listPartnersForExport } from "@/lib/partners/queries";
import { serializePartnerExportItem } from "@/lib/partners/serializers";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/contacts: the contact persons of the partners in a filtered view
 * (the list's parameters), one row per contact, as CSV (default), XLSX or JSON.
 * Personal data: analysts and admins only (401 for anyone not signed in, 403
 * for other roles), and never kept by a cache.
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const params = new URLSearchParams(url.searchParams);
  if (!params.has("format")) params.set("format", "csv");
  const parsed = parsePartnerFilters(params);
  if (!parsed.success) throw invalidParameter(parsed.error.param, parsed.error.message);
  checkLangParam(params);
  const filters = parsed.data;

  const viewer = await getViewer();
  if (!viewer) throw unauthorized("Sign in (with your own password) to export contacts.");
  if (!canExportContacts(viewer)) throw forbidden("Only analysts and administrators may export contacts.");

  const items = (await listPartnersForExport(filters, viewer)).map((row) => serializePartnerExportItem(row, viewer));
  const labels = await contactExportLabels();
  const rows = contactRows(items, labels, publicOrigin(url));
  const noStore = { "Cache-Control": "private, no-store" };
  if (filters.format === "json") return Response.json({ total: rows.length, items: rows }, { headers: noStore });
  const headers = { ...noStore, "Content-Disposition": `attachment; filename="${contactsFileName(filters.format)}"` };
  if (filters.format === "csv") {
    return new Response(contactsToCsv(rows, labels), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const xlsx = await contactsToXlsx(rows, labels);
  return new Response(new Uint8Array(xlsx), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
});

async function contactExportLabels(): Promise<ContactExportLabels> {
  const [t, tCategory] = await Promise.all([getTranslations("partners"), getTranslations("categories")]);
  return {
    headers: t.raw("export.contactHeaders") as ContactExportLabels["headers"],
    category: (slug) => tCategory(slug),
    national: t("national"),
    sheetName: t("export.contactsSheetName"),
  };
}
