import type { ColumnDef } from "@tanstack/react-table";

/**
 * What ./use-row-selection.ts looks for. A selectable table's only boxes are its
 * selection column's (DataTable `selectable`): a box in its body is a row's, the
 * one in its head the page's. No marker attribute: on 25 rows it was ~0.5 kB of
 * the list page's HTML (issue 8).
 */
export const ROW_SELECT = "tbody input[type=checkbox]";
export const PAGE_SELECT = "thead input[type=checkbox]";

/**
 * A checkbox column for row selection (e.g. "compare these partners"). Rendered
 * on the server as plain checkboxes carrying the row id; the client island
 * (useRowSelection) keeps the selection.
 *
 * `selectRow` names a row's box in the rows DataTable renders. A table that
 * renders its rows itself (DataTable `rows`, the partner list) draws its boxes
 * with RowSelectBox and its own label, and leaves `selectRow` out: the column
 * then gives only the header's box.
 */
export function selectionColumn<T>(labels: { selectPage: string; selectRow?: (row: T) => string }): ColumnDef<T> {
  const { selectPage, selectRow } = labels;
  return {
    id: "select",
    enableHiding: false,
    // Sized and coloured by the table's stylesheet (`.dt input` in app/globals.css), not per box.
    header: () => <input type="checkbox" aria-label={selectPage} />,
    ...(selectRow ? { cell: ({ row }) => <RowSelectBox id={row.id} label={selectRow(row.original)} /> } : {}),
  };
}

/** A row's box, also for tables rendering their rows themselves (DataTable `rows`). */
export function RowSelectBox({ id, label }: { id: string; label: string }) {
  return <input type="checkbox" value={id} aria-label={label} />;
}
