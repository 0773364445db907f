import { getFormatter, getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats-server";
import { DataTable } from "@/components/data-table/data-table";
import { partnerFiltersToParams, PARTNER_COLUMNS, type PartnerColumn, type PartnerFilters } from "@/lib/partners/filter-params";
import type { PartnerListItem } from "@/lib/partners/types";
import { readSort } from "@/lib/table-sort";
import { CompareSelection } from "./compare-bar";
import { partnerColumns, SORTABLE, type PartnerColumnLabels } from "./partner-columns";

/** On a phone each row is a card (app/globals.css, `.plist`): these cells carry their column's name… */
const CARD_LABELLED: readonly PartnerColumn[] = ["category", "regions", "capacity", "insertion", "returnees"];
/** …these are left for the fiche and the wide table (a card holds the key facts only). */
const CARD_HIDDEN: readonly PartnerColumn[] = ["returneeCapacity", "funders", "verified"];

/** A CSS string literal (the labels are our own messages; quotes and backslashes escaped all the same). */
const cssString = (s: string) => `"${s.replace(/["\\]/g, "\\$&").replace(/[\n\r<]/g, " ")}"`;

/**
 * The few rules of the phone card that depend on the visible columns and the
 * language: which cell says "Catégorie", which cells a card leaves out. One
 * small <style> per page instead of a label repeated in every row.
 */
function cardStyle(visible: PartnerColumn[], header: (id: PartnerColumn) => string): string {
  const rules: string[] = [];
  // Cell 1 is the selection box; the columns follow in PARTNER_COLUMNS order.
  visible.forEach((id, i) => {
    const cell = `.plist td:nth-child(${i + 2})`;
    if (CARD_LABELLED.includes(id)) rules.push(`${cell}::before{content:${cssString(header(id))}}`);
    if (CARD_HIDDEN.includes(id)) rules.push(`${cell}{display:none}`);
    // A card shows an insertion rate only when the fiche gives one.
    if (id === "insertion") rules.push(`${cell}:has(.na){display:none}`);
  });
  return `@media not all and (min-width:64rem){${rules.join("")}}`;
}

/**
 * The result table, rendered on the server (the browser gets its markup, not
 * tanstack), in one markup for every width: from Tailwind's lg up a table, on a
 * phone the same rows as cards with the key facts (issue 12), styled by `.plist`
 * in app/globals.css. The rows' tick boxes join the compare selection.
 */
export async function PartnersTable({
  items,
  filters,
  visibleColumns,
  localize,
}: {
  items: PartnerListItem[];
  filters: PartnerFilters;
  visibleColumns: string[];
  /** In-app hrefs in the page's language (the page's own, lib/i18n/navigation.tsx getLocalize). */
  localize: (href: string) => string;
}) {
  const [t, tTable, tCategory, tPartner, format, formats] = await Promise.all([
    getTranslations("partners"),
    getTranslations("common.table"),
    getTranslations("categories"),
    getTranslations("partner"),
    getFormatter(),
    getFormats(),
  ]);
  const labels: PartnerColumnLabels = {
    header: (id) => t(`columns.${id}`),
    category: (slug) => tCategory(slug),
    returnees: (value) => t(`returnees.${value}`),
    sortAction: (column, descending) => tTable(descending ? "sortDescending" : "sortAscending", { column }),
    passage: t("search.passage"),
    selectPage: t("table.selectPage"),
    selectRow: (name) => t("table.select", { name }),
    notStated: t("notStated"),
    national: t("national"),
    unlimited: t("unlimited"),
    neverVerified: t("table.neverVerified"),
    ficheNumber: (number) => t("table.number", { number }),
    via: (programme) => t("table.via", { programme }),
    moreFunders: (count) => t("table.moreFunders", { count }),
    date: (iso) => format.dateTime(new Date(iso), { dateStyle: "medium" }),
    formats,
    per: (part) => tPartner("facts.per", { part }),
    localize,
  };
  const columns = partnerColumns(labels, {
    current: filters.sort,
    hrefFor: (sort) => {
      const query = partnerFiltersToParams(filters, { sort, page: 1 }).toString();
      return query ? `/partners?${query}` : "/partners";
    },
  });
  const columnVisibility = Object.fromEntries(PARTNER_COLUMNS.map((c) => [c, visibleColumns.includes(c)]));
  const visible = PARTNER_COLUMNS.filter((c) => visibleColumns.includes(c));
  const sorted = filters.sort === "relevance" ? null : readSort(filters.sort);

  return (
    <CompareSelection
      href={localize("/compare")}
      labels={{ button: t.raw("compare.button") as string, hint: t("compare.hint"), tooMany: t("compare.tooMany"), clear: t("compare.clear") }}
    >
      <style>{cardStyle(visible, labels.header)}</style>
      <div className="plist">
        <DataTable
          data={items}
          columns={columns}
          getRowId={(p) => p.slug}
          caption={t("table.caption")}
          sort={sorted && Object.values(SORTABLE).some((s) => s?.key === sorted.id) ? { id: sorted.id, desc: sorted.desc } : null}
          columnVisibility={columnVisibility}
          selectable
        />
      </div>
    </CompareSelection>
  );
}
