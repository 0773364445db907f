import type { ColumnDef } from "@tanstack/react-table";
import type { TableSummary } from "@/lib/imports/change-set";

export const SUMMARY_TABLES = ["partners", "actors", "interviews", "documents"] as const;
export const SUMMARY_COUNTS = ["added", "removed", "changed", "unchanged"] as const;

/** One table of the report and what the edition would change in it. */
export type SummaryLine = TableSummary & { table: (typeof SUMMARY_TABLES)[number] };

/** Columns of an import's summary (components/data-table kit): a table of the report per row, a kind of change per column. */
export function summaryColumns(l: { table: string; tableName: (table: SummaryLine["table"]) => string; count: (c: (typeof SUMMARY_COUNTS)[number]) => string }): ColumnDef<SummaryLine>[] {
  return [
    { id: "table", header: l.table, meta: { rowHeader: true }, cell: ({ row }) => l.tableName(row.original.table) },
    ...SUMMARY_COUNTS.map(
      (c): ColumnDef<SummaryLine> => ({
        id: c,
        header: l.count(c),
        meta: { align: "right", className: "tabular-nums", cellProps: () => ({ "data-column": c }) },
        cell: ({ row }) => row.original[c],
      }),
    ),
  ];
}
