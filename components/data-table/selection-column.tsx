import type { ColumnDef } from "@tanstack/react-table";

/** The attributes ./use-row-selection.ts looks for. */
export const ROW_SELECT = "data-row-select";
export const PAGE_SELECT = "data-page-select";

/**
 * A checkbox column for row selection (e.g. "compare these partners"). Rendered
 * on the server as plain checkboxes carrying the row id; the client island
 * (useRowSelection) keeps the selection.
 */
export function selectionColumn<T>(labels: { selectPage: string; selectRow: (row: T) => string }): ColumnDef<T> {
  return {
    id: "select",
    enableHiding: false,
    // Sized and coloured by the table's stylesheet (`.dt input` in app/globals.css), not per box.
    header: () => <input type="checkbox" {...{ [PAGE_SELECT]: "" }} aria-label={labels.selectPage} />,
    cell: ({ row }) => <RowSelectBox id={row.id} label={labels.selectRow(row.original)} />,
  };
}

/** A row's box, also for tables rendering their rows themselves (DataTable `rows`). */
export function RowSelectBox({ id, label }: { id: string; label: string }) {
  return <input type="checkbox" value={id} {...{ [ROW_SELECT]: "" }} aria-label={label} />;
}
