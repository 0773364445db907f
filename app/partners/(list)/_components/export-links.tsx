import { getTranslations } from "next-intl/server";
import { partnerFiltersToParams, type PartnerFilters } from "@/lib/partners/filter-params";

/** CSV and XLSX of exactly this view: same filters and sort, every page, through the API. */
export async function ExportLinks({ filters, total }: { filters: PartnerFilters; total: number }) {
  const t = await getTranslations("partners.export");
  const href = (format: "csv" | "xlsx") =>
    `/api/v1/partners?${partnerFiltersToParams(filters, { format, page: 1, pageSize: 25, columns: null })}`;
  const linkClass = "rounded border border-brand-700 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50";
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="text-slate-700">{t("label")}</span>
      <a href={href("csv")} download className={linkClass} aria-label={t("csvTitle", { total })}>
        {t("csv")}
      </a>
      <a href={href("xlsx")} download className={linkClass} aria-label={t("xlsxTitle", { total })}>
        {t("xlsx")}
      </a>
    </div>
  );
}
