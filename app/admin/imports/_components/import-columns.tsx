import { Link } from "@/lib/i18n/navigation";
import type { ColumnDef } from "@tanstack/react-table";
import type { TableSummary } from "@/lib/imports/change-set";
import type { ImportListItem } from "@/lib/imports/queries";

/** The labels the columns need, resolved in the page's locale. */
export interface ImportColumnLabels {
  header: (id: "id" | "edition" | "staged" | "status" | "summary") => string;
  status: (status: ImportListItem["status"]) => string;
  summary: (partners: TableSummary) => string;
  dateTime: (date: Date) => string;
}

/** Columns of the staged editions (components/data-table kit), newest first. */
export function importColumns(l: ImportColumnLabels): ColumnDef<ImportListItem>[] {
  return [
    { id: "id", header: l.header("id"), meta: { className: "tabular-nums" }, cell: ({ row }) => row.original.id },
    {
      id: "edition",
      header: l.header("edition"),
      meta: { rowHeader: true },
      cell: ({ row: { original: i } }) => (
        <>
          <Link href={`/admin/imports/${i.id}`} className="text-brand-700 underline">
            {i.title ?? i.sourceFile}
          </Link>
          <span className="block text-xs font-normal text-slate-600">{i.sourceFile}</span>
        </>
      ),
    },
    {
      id: "staged",
      header: l.header("staged"),
      cell: ({ row: { original: i } }) => (
        <>
          <time dateTime={i.createdAt.toISOString()}>{l.dateTime(i.createdAt)}</time>
          {i.createdBy && <span className="block text-xs text-slate-600">{i.createdBy.name ?? i.createdBy.email}</span>}
        </>
      ),
    },
    { id: "status", header: l.header("status"), cell: ({ row }) => l.status(row.original.status) },
    {
      id: "summary",
      header: l.header("summary"),
      cell: ({ row }) => {
        const partners = (row.original.summary as unknown as Record<string, TableSummary>).partners;
        return partners ? l.summary(partners) : "—";
      },
    },
  ];
}
