import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { SortableHeader } from "@/components/data-table/sortable-header";
import { selectionColumn } from "@/components/data-table/selection-column";
import { PARTNER_COLUMNS, type PartnerColumn, type PartnerSort, type SortKey } from "@/lib/partners/filter-params";
import type { SortValue } from "@/lib/table-sort";
import type { PartnerListItem } from "@/lib/partners/types";
import { CapacityCell, FicheNumber, FundersCell, InsertionCell, PassageText, RegionsCell, ReturneeCapacityCell, ReturneesBadge, VerifiedCell } from "./cells";

/** Which sort key each sortable column sets, and whether its first click sorts biggest first (figures). */
export const SORTABLE: Partial<Record<PartnerColumn, { key: SortKey; firstDesc: boolean }>> = {
  name: { key: "name", firstDesc: false },
  category: { key: "category", firstDesc: false },
  capacity: { key: "capacity", firstDesc: true },
  insertion: { key: "insertion", firstDesc: true },
  verified: { key: "verified", firstDesc: true },
};

/** The labels the columns need, resolved by the table in the page's locale. */
export interface PartnerColumnLabels {
  header: (id: PartnerColumn) => string;
  category: (slug: PartnerListItem["category"]) => string;
  sortAction: (column: string, descending: boolean) => string;
  passage: string;
  selectPage: string;
  selectRow: (name: string) => string;
}

/** Columns of the partner list (components/data-table kit): a selection box, then PARTNER_COLUMNS. */
export function partnerColumns(
  l: PartnerColumnLabels,
  sort: { current: PartnerSort; hrefFor: (sort: SortValue<SortKey>) => string },
): ColumnDef<PartnerListItem>[] {
  const header = (id: PartnerColumn) => {
    const sortable = SORTABLE[id];
    if (!sortable) return l.header(id);
    return (
      <SortableHeader
        label={l.header(id)}
        column={sortable.key}
        current={sort.current}
        firstDesc={sortable.firstDesc}
        hrefFor={sort.hrefFor}
        actionLabel={l.sortAction}
      />
    );
  };
  const cells: Record<PartnerColumn, ColumnDef<PartnerListItem>["cell"]> = {
    name: ({ row: { original: p } }) => (
      <div className="min-w-40">
        <Link href={p.url} className="font-medium text-brand-700 underline-offset-2 hover:underline" lang="fr">
          {p.name}
        </Link>
        {p.number !== null && <FicheNumber number={p.number} className="ml-2 text-xs text-slate-500" />}
        {p.passage && <PassageText passage={p.passage} label={l.passage} />}
      </div>
    ),
    category: ({ row }) => l.category(row.original.category),
    regions: ({ row }) => <RegionsCell item={row.original} />,
    capacity: ({ row }) => <CapacityCell item={row.original} />,
    insertion: ({ row }) => <InsertionCell item={row.original} />,
    returnees: ({ row }) => <ReturneesBadge value={row.original.returneeExperience} />,
    returneeCapacity: ({ row }) => <ReturneeCapacityCell item={row.original} />,
    funders: ({ row }) => <FundersCell item={row.original} />,
    verified: ({ row }) => <VerifiedCell item={row.original} />,
  };
  return [
    selectionColumn<PartnerListItem>({ selectPage: l.selectPage, selectRow: (p) => l.selectRow(p.name) }),
    ...PARTNER_COLUMNS.map((id): ColumnDef<PartnerListItem> => ({ id, header: () => header(id), cell: cells[id] })),
  ];
}
