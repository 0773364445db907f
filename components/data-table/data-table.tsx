import type { ReactNode } from "react";
import {
  createTable,
  type RowData,
  getCoreRowModel,
  type ColumnDef,
  type ColumnMeta,
  type Row,
  type TableOptionsResolved,
  type VisibilityState,
} from "@tanstack/react-table";

declare module "@tanstack/react-table" {
  // Per-column presentation, read by DataTable below (tanstack's documented way to extend a column).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The cell names its row (`<th scope="row">`): the first column of most tables. */
    rowHeader?: boolean;
    /** Figures line up on the right; everything else reads from the left. */
    align?: "right";
    /** Classes for this column's header and cells (width, numerals, wrapping). */
    className?: string;
    /** Per-row classes and data attributes of this column's cells (a flagged difference, a gap). */
    cellProps?: (row: TData) => CellProps;
  }
}

/** Classes and `data-*` attributes a row or a cell may carry (for styling and for tests that read them). */
export type CellProps = { className?: string } & { [data: `data-${string}`]: string | true | undefined };

export interface DataTableSort {
  id: string;
  desc: boolean;
}

export interface DataTableProps<T> {
  data: T[];
  // Column value types differ per column; tanstack's own examples type the list this way.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId: (row: T, index: number) => string;
  /** Visible caption for screen readers (tables need a name). */
  caption: string;
  /** The server's sort: sorting, filtering and pagination happen in the database, the table only shows them. */
  sort?: DataTableSort | null;
  columnVisibility?: VisibilityState;
  /**
   * Rows carrying a selection checkbox (./selection-column.tsx) are highlighted while it is ticked.
   * Its boxes are then the table's only ones: ./use-row-selection.ts finds them by place.
   */
  selectable?: boolean;
  /** Extra classes for a row (e.g. a highlighted duplicate, a total row). */
  rowClassName?: (row: T) => string | undefined;
  /** The language of the cells when it is not the interface's (the report's own text: "fr"). */
  bodyLang?: string;
  /** Shown under the header when there is no row. */
  empty?: ReactNode;
  /** Summary rows (totals), rendered with the same columns in a <tfoot>. */
  footer?: T[];
  /** Classes and data attributes of a row. */
  rowProps?: (row: T) => CellProps;
  /** Extra classes for the scroll region (a maximum height for a long matrix). */
  className?: string;
  /** Extra classes for the <table> (table-fixed). */
  tableClassName?: string;
  /** The header row stays in view while the region scrolls (with a maximum height in `className`). */
  stickyHeader?: boolean;
  /**
   * The body's rows, when a table renders them itself from compact row data (a client component:
   * the partner list, issue 8, where 25 rows as an element tree were most of the React payload).
   * DataTable keeps the header, sort and visible columns and hands `rows` the visible column ids,
   * in order; the columns' `cell` and `meta` cell options then do not apply (nor `footer`). No table
   * model is built then (it was ~4 % of the list's rendering CPU, docs/benchmarks.md "Rendering CPU,
   * part 2"): a column is known by its `id`, and a `header` function is called without tanstack's context.
   */
  rows?: (columns: string[]) => ReactNode;
}

/**
 * Spacing, alignment and row highlighting are set once for the table (`.dt` in
 * app/globals.css), not repeated on every cell: each class is sent twice per
 * cell, in the HTML and in the React payload (issue 8). A cell carries only its
 * own: right alignment for figures and the column's classes.
 */
function columnClass(meta: ColumnMeta<never, unknown> | undefined): string {
  return [meta?.align === "right" ? "text-right" : "", meta?.className ?? ""].filter(Boolean).join(" ");
}

/** A `className` prop only when there is a class: an undefined prop is still written into the payload. */
function classProp(...classes: Array<string | undefined>): { className?: string } {
  const joined = classes.filter(Boolean).join(" ").trim();
  return joined ? { className: joined } : {};
}

/** What a header or cell definition renders: a component-like function called with its context, or a value. */
function render<C>(content: unknown, context: C): ReactNode {
  return typeof content === "function" ? (content as (c: C) => ReactNode)(context) : (content as ReactNode);
}

/** One header cell: the column's id, its sort state and presentation, and what it shows. */
interface HeaderCell {
  id: string;
  sorted: false | "asc" | "desc";
  meta: ColumnMeta<never, unknown> | undefined;
  content: ReactNode;
}

/**
 * The header of a table whose body is `rows`: one row of the visible columns, in order, without
 * tanstack's model (the same cells as its header group for flat columns, which such a table has).
 */
function plainHeader<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[],
  columnVisibility: VisibilityState,
  sort: DataTableSort | null,
): HeaderCell[] {
  return columns
    .filter((column) => column.id !== undefined && columnVisibility[column.id] !== false)
    .map((column) => {
      const id = column.id!;
      const sorted = sort?.id === id ? (sort.desc ? "desc" : "asc") : false;
      return { id, sorted, meta: column.meta as ColumnMeta<never, unknown> | undefined, content: render(column.header, undefined) };
    });
}

/**
 * The one table of the app (house style: shadcn `tasks`, tablecn): headless
 * @tanstack/react-table in manual mode, run on the server. Its state is the
 * URL's (sort, page, visible columns, through props), so the table model
 * (`createTable`, the framework-free core that `useReactTable` wraps) needs no
 * hooks: the markup is rendered here and the browser downloads no table code.
 * Row selection, the one piece of local state, is a small client island
 * (./use-row-selection.ts) working on the checkboxes of ./selection-column.tsx.
 */
export function DataTable<T>({
  data,
  columns,
  getRowId,
  caption,
  sort = null,
  columnVisibility = {},
  selectable = false,
  rowClassName,
  bodyLang,
  empty,
  footer = [],
  rowProps,
  className = "",
  tableClassName = "",
  stickyHeader = false,
  rows,
}: DataTableProps<T>) {
  const options: TableOptionsResolved<T> = {
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  };
  const model = (rows: T[]) => {
    const table = createTable({ ...options, data: rows });
    table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, columnVisibility, sorting: sort ? [sort] : [] } }));
    return table;
  };
  const table = rows ? null : model(data);
  const footerTable = footer.length > 0 ? model(footer) : null;
  const headerRows: Array<{ id: string; cells: HeaderCell[] }> = table
    ? table.getHeaderGroups().map((group) => ({
        id: group.id,
        cells: group.headers.map((header) => ({
          id: header.id,
          sorted: header.column.getIsSorted(),
          meta: header.column.columnDef.meta,
          content: header.isPlaceholder ? null : render(header.column.columnDef.header, header.getContext()),
        })),
      }))
    : [{ id: "0", cells: plainHeader(columns, columnVisibility, sort) }];

  const renderRow = (row: Row<T>, classes: string) => {
    const { className: rowClasses = "", ...rowData } = rowProps?.(row.original) ?? {};
    return (
      <tr key={row.id} {...classProp(classes, rowClasses)} {...rowData}>
        {row.getVisibleCells().map((cell) => {
          const meta = cell.column.columnDef.meta;
          const content = render(cell.column.columnDef.cell, cell.getContext());
          const { className: cellClasses = "", ...cellData } = meta?.cellProps?.(row.original) ?? {};
          // Keyed by column: unique within the row, and shorter in the payload than tanstack's "<row id>_<column>".
          return meta?.rowHeader ? (
            <th key={cell.column.id} scope="row" {...classProp(columnClass(meta), cellClasses)} {...cellData}>
              {content}
            </th>
          ) : (
            <td key={cell.column.id} {...classProp(columnClass(meta), cellClasses)} {...cellData}>
              {content}
            </td>
          );
        })}
      </tr>
    );
  };

  return (
    // A region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
    // `.dt-region`, `.dt`: the table's frame, spacing and rules (app/globals.css).
    <div role="region" aria-label={caption} tabIndex={0} className={`dt-region ${className}`.trim()}>
      <table className={`dt${selectable ? " dt-select" : ""} ${tableClassName}`.trim()}>
        <caption className="sr-only">{caption}</caption>
        <thead className={stickyHeader ? "sticky top-0 bg-slate-50" : "bg-slate-50"}>
          {headerRows.map((group) => (
            <tr key={group.id}>
              {group.cells.map(({ id, sorted, meta, content }) => (
                <th
                  key={id}
                  scope="col"
                  // Only on the sorted column: an undefined prop is still written into the payload.
                  {...(sorted ? { "aria-sort": sorted === "desc" ? "descending" : "ascending" } : {})}
                  {...classProp(columnClass(meta))}
                >
                  {content}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody {...(bodyLang ? { lang: bodyLang } : {})}>
          {rows
            ? rows(headerRows[0].cells.map((cell) => cell.id))
            : table!.getRowModel().rows.map((row) => renderRow(row, rowClassName?.(row.original) ?? ""))}
        </tbody>
        {footer.length > 0 && (
          <tfoot className="border-t-2 border-slate-300 bg-slate-50" lang={bodyLang}>
            {footerTable!.getRowModel().rows.map((row) => renderRow(row, rowClassName?.(row.original) ?? ""))}
          </tfoot>
        )}
      </table>
      {data.length === 0 && empty && <div className="px-3 py-4 text-sm text-slate-700">{empty}</div>}
    </div>
  );
}
