import { useTranslations } from "@/lib/i18n/server-hooks";
import { reportLangOn } from "@/lib/i18n/config";
import { useFormats, useFormatter } from "@/lib/i18n/formats-server";
import { DataTable } from "@/components/data-table/data-table";
import { PARTNER_COLUMNS, RETURNEE_VALUES, type PartnerColumn, type PartnerFilters, type PartnerSort } from "@/lib/partners/filter-params";
import type { PartnerListItem } from "@/lib/partners/types";
import { readSort } from "@/lib/table-sort";
import { CompareSelection } from "./compare-bar";
import { partnerColumns, partnerRows, SORTABLE, type PartnerColumnLabels } from "./partner-columns";
import { PartnerRows, type PartnerRowLabels } from "./partner-rows";

/** A label function computed once per distinct value on a page. */
function once<A, R>(f: (a: A) => R): (a: A) => R {
  const seen = new Map<A, R>();
  return (a) => {
    if (!seen.has(a)) seen.set(a, f(a));
    return seen.get(a)!;
  };
}

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
  const hidden: string[] = [];
  // Cell 1 is the selection box; the columns follow in PARTNER_COLUMNS order.
  visible.forEach((id, i) => {
    const nth = `:nth-child(${i + 2})`;
    if (CARD_LABELLED.includes(id)) rules.push(`.plist td${nth}::before{content:${cssString(header(id))}}`);
    if (CARD_HIDDEN.includes(id)) hidden.push(nth);
    // A card shows an insertion rate only when the fiche gives one.
    if (id === "insertion") hidden.push(`${nth}.na`);
  });
  if (hidden.length) rules.push(`.plist td:is(${hidden.join(",")}){display:none}`);
  return `@media not all and (min-width:64rem){${rules.join("")}}`;
}

/**
 * The result table, rendered on the server (the browser gets its markup, not
 * tanstack), in one markup for every width: from Tailwind's lg up a table, on a
 * phone the same rows as cards with the key facts (issue 12), styled by `.plist`
 * in app/globals.css. The rows' tick boxes join the compare selection.
 */
export function PartnersTable({
  items,
  filters,
  visibleColumns,
  localize,
  sortHref,
}: {
  items: PartnerListItem[];
  filters: PartnerFilters;
  visibleColumns: string[];
  /** In-app hrefs in the page's language (the page's own, lib/i18n/navigation.tsx getLocalize). */
  localize: (href: string) => string;
  /** The view sorted by a header's value: the page's own links (lib/partners/list-href.ts `sortedBy`). */
  sortHref: (sort: PartnerSort) => string;
}) {
  const t = useTranslations("partners");
  const tTable = useTranslations("common.table");
  const tCategory = useTranslations("categories");
  const tPartner = useTranslations("partner");
  const format = useFormatter();
  const formats = useFormats();
  // Each word once per page (a category, a funder count): next-intl's t() per cell was a measurable part of the render.
  const labels: PartnerColumnLabels = {
    header: (id) => t(`columns.${id}`),
    category: once((slug) => tCategory(slug)),
    sortAction: (column, descending) => tTable(descending ? "sortDescending" : "sortAscending", { column }),
    selectPage: t("table.selectPage"),
    unlimited: t("unlimited"),
    via: once((programme) => t("table.via", { programme })),
    moreFunders: once((count) => t("table.moreFunders", { count })),
    date: (iso) => format.dateTime(new Date(iso), { dateStyle: "medium" }),
    formats,
    per: once((part) => tPartner("facts.per", { part })),
  };
  // The report's words carry `lang` only on a page in another language (lib/i18n/config.ts).
  const reportLang = reportLangOn(formats.locale);
  const rowLabels: PartnerRowLabels = {
    fichePath: localize("/partners/"),
    number: t.raw("table.number") as string,
    selectRow: t.raw("table.select") as string,
    passage: t("search.passage"),
    notStated: t("notStated"),
    national: t("national"),
    neverVerified: t("table.neverVerified"),
    returnees: Object.fromEntries(RETURNEE_VALUES.map((v) => [v, t(`returnees.${v}`)])) as PartnerRowLabels["returnees"],
    // Left out on a French page: an undefined value is still written into the payload.
    ...(reportLang ? { reportLang } : {}),
  };
  const columns = partnerColumns(labels, { current: filters.sort, hrefFor: sortHref });
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
          // The rows come from compact data through one client component (./partner-rows.tsx, issue 8);
          // the header, sort and visible columns stay DataTable's.
          rows={(visibleIds) => <PartnerRows columns={visibleIds} rows={partnerRows(labels, items, visibleIds)} labels={rowLabels} />}
        />
      </div>
    </CompareSelection>
  );
}
