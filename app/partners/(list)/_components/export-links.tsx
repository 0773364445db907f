import { useLocale, useTranslations } from "@/lib/i18n/server-hooks";
import { canExportContacts, type Viewer } from "@/lib/auth/viewer";
import { partnerFiltersToParams, type PartnerFilters } from "@/lib/partners/filter-params";

/**
 * CSV and XLSX of exactly this view: same filters, sort and chosen columns,
 * every page, through the API; for those allowed to export contacts, the
 * view's contact persons one per row (/api/v1/contacts).
 */
export function ExportLinks({ filters, total, viewer }: { filters: PartnerFilters; total: number; viewer: Viewer }) {
  const t = useTranslations("partners.export");
  const locale = useLocale();
  // The export speaks the page's language (its headers and the interface's words): `lang` (issue 12).
  const query = (format: "csv" | "xlsx", columns: PartnerFilters["columns"]) => {
    const params = partnerFiltersToParams(filters, { format, page: 1, pageSize: 25, columns });
    params.set("lang", locale);
    return params.toString();
  };
  // Styled by `.exports` (app/globals.css).
  return (
    <div className="exports">
      <span>{t("label")}</span>
      <a href={`/api/v1/partners?${query("csv", filters.columns)}`} download aria-label={t("csvTitle", { total })}>
        {t("csv")}
      </a>
      <a href={`/api/v1/partners?${query("xlsx", filters.columns)}`} download aria-label={t("xlsxTitle", { total })}>
        {t("xlsx")}
      </a>
      {canExportContacts(viewer) && (
        <a href={`/api/v1/contacts?${query("csv", null)}`} download aria-label={t("contactsTitle", { total })}>
          {t("contacts")}
        </a>
      )}
    </div>
  );
}
