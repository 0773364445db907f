import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { partnerFiltersToParams, PARTNER_COLUMNS, type PartnerFilters } from "@/lib/partners/filter-params";
import type { PartnerListItem } from "@/lib/partners/types";
import { readSort } from "@/lib/table-sort";
import { CompareSelection } from "./compare-bar";
import { partnerColumns, SORTABLE } from "./partner-columns";

/**
 * The result table, rendered on the server (the browser gets its markup, not tanstack).
 * `children` is the phone view of the same rows (./partner-cards.tsx): it shares the
 * compare selection, and the table shows from Tailwind's lg width up.
 */
export function PartnersTable({
  items,
  filters,
  visibleColumns,
  children,
}: {
  items: PartnerListItem[];
  filters: PartnerFilters;
  visibleColumns: string[];
  children?: React.ReactNode;
}) {
  const t = useTranslations("partners");
  const tTable = useTranslations("common.table");
  const tCategory = useTranslations("categories");
  const columns = partnerColumns(
    {
      header: (id) => t(`columns.${id}`),
      category: (slug) => tCategory(slug),
      sortAction: (column, descending) => tTable(descending ? "sortDescending" : "sortAscending", { column }),
      passage: t("search.passage"),
      selectPage: t("table.selectPage"),
      selectRow: (name) => t("table.select", { name }),
    },
    {
      current: filters.sort,
      hrefFor: (sort) => {
        const query = partnerFiltersToParams(filters, { sort, page: 1 }).toString();
        return query ? `/partners?${query}` : "/partners";
      },
    },
  );
  const columnVisibility = Object.fromEntries(PARTNER_COLUMNS.map((c) => [c, visibleColumns.includes(c)]));
  const sorted = filters.sort === "relevance" ? null : readSort(filters.sort);

  return (
    <CompareSelection
      labels={{ button: t.raw("compare.button") as string, hint: t("compare.hint"), tooMany: t("compare.tooMany"), clear: t("compare.clear") }}
    >
      {children}
      <div className={children ? "hidden lg:block" : undefined}>
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
