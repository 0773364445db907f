"use client";

import type { ColumnDef } from "@tanstack/react-table";

/** A checkbox column for row selection (e.g. "compare these partners"). */
export function selectionColumn<T>(labels: { selectPage: string; selectRow: (row: T) => string }): ColumnDef<T> {
  return {
    id: "select",
    enableHiding: false,
    header: ({ table }) => (
      <input
        type="checkbox"
        className="h-4 w-4 accent-brand-700"
        checked={table.getIsAllPageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
        aria-label={labels.selectPage}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        className="h-4 w-4 accent-brand-700"
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onChange={row.getToggleSelectedHandler()}
        aria-label={labels.selectRow(row.original)}
      />
    ),
  };
}
