import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { SortableHeader } from "@/components/data-table/sortable-header";
import { selectionColumn } from "@/components/data-table/selection-column";
import {
  PARTNER_COLUMNS,
  partnerFiltersToParams,
  type PartnerFilters,
  type PartnerSort,
  type SortKey,
} from "@/lib/partners/filter-params";
import type { PartnerListItem } from "@/lib/partners/types";
import { CapacityCell, FundersCell, InsertionCell, PassageText, RegionsCell, ReturneesBadge, VerifiedCell } from "./cells";
import { CompareSelection } from "./compare-bar";

/** Which sort key each sortable column uses, and the direction of the first click (biggest first for figures). */
const SORTABLE: Partial<Record<string, { key: SortKey; firstDesc: boolean }>> = {
  name: { key: "name", firstDesc: false },
  category: { key: "category", firstDesc: false },
  capacity: { key: "capacity", firstDesc: true },
  insertion: { key: "insertion", firstDesc: true },
  verified: { key: "verified", firstDesc: true },
};

function nextSort(current: PartnerSort, key: SortKey, firstDesc: boolean): PartnerSort {
  if (current === key) return `-${key}`;
  if (current === `-${key}`) return key;
  return firstDesc ? `-${key}` : key;
}

/** The result table, rendered on the server (the browser gets its markup, not tanstack). */
export function PartnersTable({
  items,
  filters,
  visibleColumns,
}: {
  items: PartnerListItem[];
  filters: PartnerFilters;
  visibleColumns: string[];
}) {
  const t = useTranslations("partners");
  const tCategory = useTranslations("categories");
  const columns = ((): ColumnDef<PartnerListItem>[] => {
    const header = (id: string) => {
      const label = t(`columns.${id}` as "columns.name");
      const sortable = SORTABLE[id];
      if (!sortable) return label;
      const current = filters.sort.replace(/^-/, "") === sortable.key ? (filters.sort.startsWith("-") ? "desc" : "asc") : null;
      const sort = nextSort(filters.sort, sortable.key, sortable.firstDesc);
      const query = partnerFiltersToParams(filters, { sort, page: 1 }).toString();
      return (
        <SortableHeader
          label={label}
          href={query ? `/partners?${query}` : "/partners"}
          direction={current}
          actionLabel={t(sort.startsWith("-") ? "table.sortDescending" : "table.sortAscending", { column: label })}
        />
      );
    };
    const cells: Record<(typeof PARTNER_COLUMNS)[number], ColumnDef<PartnerListItem>["cell"]> = {
      name: ({ row: { original: p } }) => (
        <div className="min-w-56">
          <Link href={p.url} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {p.name}
          </Link>
          {p.number !== null && <span className="ml-2 text-xs text-slate-500">n° {p.number}</span>}
          {p.passage && <PassageText passage={p.passage} label={t("search.passage")} />}
        </div>
      ),
      category: ({ row }) => tCategory(row.original.category),
      regions: ({ row }) => <RegionsCell item={row.original} />,
      capacity: ({ row }) => <CapacityCell item={row.original} />,
      insertion: ({ row }) => <InsertionCell item={row.original} />,
      returnees: ({ row }) => <ReturneesBadge value={row.original.returneeExperience} />,
      funders: ({ row }) => <FundersCell item={row.original} />,
      verified: ({ row }) => <VerifiedCell item={row.original} />,
    };
    return [
      selectionColumn<PartnerListItem>({
        selectPage: t("table.selectPage"),
        selectRow: (p) => t("table.select", { name: p.name }),
      }),
      ...PARTNER_COLUMNS.map((id): ColumnDef<PartnerListItem> => ({ id, header: () => header(id), cell: cells[id] })),
    ];
  })();

  const columnVisibility = Object.fromEntries(PARTNER_COLUMNS.map((c) => [c, visibleColumns.includes(c)]));
  const sortKey = filters.sort.replace(/^-/, "");

  return (
    <CompareSelection
      labels={{ button: t.raw("compare.button") as string, hint: t("compare.hint"), tooMany: t("compare.tooMany"), clear: t("compare.clear") }}
    >
      <DataTable
        data={items}
        columns={columns}
        getRowId={(p) => p.slug}
        caption={t("table.caption")}
        sort={SORTABLE[sortKey] ? { id: sortKey, desc: filters.sort.startsWith("-") } : null}
        columnVisibility={columnVisibility}
        selectable
      />
    </CompareSelection>
  );
}
