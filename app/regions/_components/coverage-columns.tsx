import { Link } from "@/lib/i18n/navigation";
import type { ColumnDef } from "@tanstack/react-table";
import type { CapacityTotal, CoverageMatrix } from "@/lib/regions/matrix";

/**
 * One row of the region × category matrix: a region (counts link to the list),
 * or a summary row of the footer (national partners, unplaced ones, totals per category).
 */
export interface CoverageRow {
  kind: "region" | "national" | "unplaced" | "total";
  key: string;
  label: string;
  /** The list filtered on this region. */
  href?: string;
  cells: Record<string, number>;
  /** Of which national partners, per category (region rows). */
  nationalCells?: Record<string, number>;
  total: number;
  absorption?: CapacityTotal;
}

/** The matrix's rows: regions in the body, then the footer's summary rows. */
export function coverageRows(matrix: CoverageMatrix, label: { national: string; unplaced: string; total: string }): { body: CoverageRow[]; footer: CoverageRow[] } {
  const body = matrix.rows.map(
    (row): CoverageRow => ({
      kind: "region",
      key: row.region.slug,
      label: row.region.name,
      href: `/partners?region=${row.region.slug}`,
      cells: row.cells,
      nationalCells: row.nationalCells,
      total: row.total,
      absorption: row.absorption,
    }),
  );
  const footer: CoverageRow[] = [
    { kind: "national", key: "national", label: label.national, ...matrix.national },
    ...(matrix.unplaced.total > 0 ? [{ kind: "unplaced" as const, key: "unplaced", label: label.unplaced, ...matrix.unplaced }] : []),
    { kind: "total", key: "total", label: label.total, cells: matrix.categoryTotals, total: matrix.partnerCount },
  ];
  return { body, footer };
}

/** The labels the columns need, resolved in the page's locale. */
export interface CoverageColumnLabels {
  region: string;
  category: (slug: string) => string;
  total: string;
  absorption: string;
  /** "3 partners of category X in Kayes" (the link's name), and ", of which 1 national". */
  cellLink: (count: number, category: string, region: string) => string;
  ofWhichNational: (count: number) => string;
  number: (n: number) => string;
  withoutFigure: (count: number) => string;
}

/** Columns of the region × category matrix (components/data-table kit). */
export function coverageColumns(l: CoverageColumnLabels, categories: string[]): ColumnDef<CoverageRow>[] {
  const figure = { align: "right", className: "tabular-nums" } as const;
  return [
    {
      id: "region",
      header: l.region,
      meta: { rowHeader: true },
      cell: ({ row: { original: r } }) =>
        r.href ? (
          <Link href={r.href} className="text-brand-700 underline">
            {r.label}
          </Link>
        ) : (
          r.label
        ),
    },
    ...categories.map(
      (c): ColumnDef<CoverageRow> => ({
        id: c,
        header: l.category(c),
        meta: figure,
        cell: ({ row: { original: r } }) => {
          const count = r.cells[c] ?? 0;
          if (r.kind === "total") {
            return (
              <Link href={`/partners?category=${c}`} className="font-semibold text-brand-700 underline">
                {count}
              </Link>
            );
          }
          if (r.kind !== "region") return count;
          if (count === 0) return <span className="text-slate-500">0</span>;
          const national = r.nationalCells?.[c] ?? 0;
          return (
            <Link
              href={`${r.href}&category=${c}`}
              aria-label={`${l.cellLink(count, l.category(c), r.label)}${national > 0 ? `, ${l.ofWhichNational(national)}` : ""}`}
              className="dt-count min-w-8"
            >
              {count}
              {national > 0 && <span aria-hidden="true">*</span>}
            </Link>
          );
        },
      }),
    ),
    { id: "total", header: l.total, meta: { ...figure, className: "tabular-nums font-semibold" }, cell: ({ row }) => row.original.total },
    {
      id: "absorption",
      header: l.absorption,
      meta: { align: "right" },
      cell: ({ row: { original: r } }) =>
        r.absorption && (
          <>
            {r.absorption.withFigure > 0 ? <span className="font-medium tabular-nums">{l.number(r.absorption.sum)}</span> : <span aria-hidden="true">—</span>}
            {r.absorption.withoutFigure > 0 && <span className="block text-xs text-slate-600">{l.withoutFigure(r.absorption.withoutFigure)}</span>}
          </>
        ),
    },
  ];
}
