"use client";

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type RowSelectionState,
  type VisibilityState,
} from "@tanstack/react-table";

export interface DataTableSort {
  id: string;
  desc: boolean;
}

export interface DataTableProps<T> {
  data: T[];
  // Column value types differ per column; tanstack's own examples type the list this way.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  /** Visible caption for screen readers (tables need a name). */
  caption: string;
  /** The server's sort: sorting, filtering and pagination happen in the database, the table only shows them. */
  sort?: DataTableSort | null;
  columnVisibility?: VisibilityState;
  rowSelection?: RowSelectionState;
  onRowSelectionChange?: OnChangeFn<RowSelectionState>;
}

/**
 * The one table of the app (house style: shadcn `tasks`, tablecn): headless
 * @tanstack/react-table in manual mode. State that must survive a reload or a
 * shared link (sort, page, visible columns) comes from the URL through props;
 * only row selection is local.
 */
export function DataTable<T>({
  data,
  columns,
  getRowId,
  caption,
  sort = null,
  columnVisibility = {},
  rowSelection = {},
  onRowSelectionChange,
}: DataTableProps<T>) {
  // The table is rebuilt from props on each render and nothing memoizes its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableRowSelection: Boolean(onRowSelectionChange),
    state: { columnVisibility, rowSelection, sorting: sort ? [sort] : [] },
    onRowSelectionChange,
  });

  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined}
                    className="px-3 py-2 text-left align-bottom font-semibold text-slate-700"
                  >
                    {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.getIsSelected() ? "bg-brand-50" : "hover:bg-slate-50"}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className="px-3 py-2 align-top">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
