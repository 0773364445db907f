import type { ColumnDef } from "@tanstack/react-table";
import { SortableHeader } from "@/components/data-table/sortable-header";
import type { DocumentRow } from "@/lib/sources/queries";
import { DOCUMENT_SORTS, type DocumentSort } from "@/lib/sources/schemas";
import type { SortValue } from "@/lib/table-sort";

/** The labels the columns need, resolved in the page's locale. */
export interface DocumentColumnLabels {
  header: (id: DocumentSort) => string;
  sortAction: (column: string, descending: boolean) => string;
  lines: (start: number, end: number) => string;
}

/** Section 5 of the report, the documents consulted (components/data-table kit); every column sorts. */
export function documentColumns(
  l: DocumentColumnLabels,
  sort: { current: SortValue<DocumentSort>; hrefFor: (sort: SortValue<DocumentSort>) => string },
): ColumnDef<DocumentRow>[] {
  const cells: Record<DocumentSort, ColumnDef<DocumentRow>["cell"]> = {
    position: ({ row }) => row.original.position,
    author: ({ row }) => row.original.author,
    year: ({ row }) => row.original.year ?? "—",
    title: ({ row: { original: r } }) => (
      <>
        {r.title}
        {r.lines && <span className="block text-xs text-slate-600">{l.lines(r.lines[0], r.lines[1])}</span>}
      </>
    ),
  };
  return DOCUMENT_SORTS.map(
    (id): ColumnDef<DocumentRow> => ({
      id,
      header: () => <SortableHeader label={l.header(id)} column={id} current={sort.current} hrefFor={sort.hrefFor} actionLabel={l.sortAction} />,
      cell: cells[id],
      meta: id === "position" || id === "year" ? { className: "tabular-nums" } : undefined,
    }),
  );
}
