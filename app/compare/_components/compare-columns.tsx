import { Link } from "@/lib/i18n/navigation";
import { compareHref } from "@/lib/partners/compare-link";
import type { ColumnDef } from "@tanstack/react-table";
import { COMPARED_FACTS, COMPARE_ROWS, comparableValue, markCompareRow, type CompareRow } from "@/lib/partners/compare";
import type { PartnerDetail } from "@/lib/partners/types";
import { CellValue } from "./cell-value";

/** One field of the comparison, with which partners' values differ from the others or are missing. */
export interface CompareLine {
  row: CompareRow;
  compared: boolean;
  differs: boolean[];
  missing: boolean[];
}

export function compareLines(partners: PartnerDetail[]): CompareLine[] {
  return COMPARE_ROWS.map((row) => ({
    row,
    compared: COMPARED_FACTS.has(row),
    ...markCompareRow(row, partners.map((p) => comparableValue(row, p))),
  }));
}

/** The labels the columns need, resolved in the page's locale. */
export interface CompareColumnLabels {
  field: string;
  row: (row: CompareRow) => string;
  comparedFact: string;
  remove: (name: string) => string;
  missing: string;
  differs: string;
}

/** Columns of the comparison (components/data-table kit): the field, then one column per partner. */
export function compareColumns(l: CompareColumnLabels, partners: PartnerDetail[], names: string[]): ColumnDef<CompareLine>[] {
  return [
    {
      id: "field",
      header: l.field,
      meta: { rowHeader: true, className: "w-44 text-slate-700" },
      cell: ({ row: { original: line } }) => (
        <>
          {l.row(line.row)}
          {line.compared && <span className="block text-xs font-normal text-slate-600">{l.comparedFact}</span>}
        </>
      ),
    },
    ...partners.map(
      (p, i): ColumnDef<CompareLine> => ({
        id: p.slug,
        header: () => (
          <>
            <Link href={`/partners/${p.slug}`} className="text-brand-700 underline" lang="fr">
              {names[i]}
            </Link>
            <Link
              href={compareHref(partners.filter((o) => o.slug !== p.slug).map((o) => o.slug))}
              aria-label={l.remove(names[i])}
              className="no-print ml-2 text-xs text-slate-600 hover:text-red-700"
            >
              ✕
            </Link>
          </>
        ),
        meta: {
          cellProps: (line) => ({
            "data-differs": line.differs[i] || undefined,
            "data-missing": line.missing[i] || undefined,
            className: line.missing[i] ? "bg-slate-100 italic text-slate-600" : line.differs[i] ? "border-l-4 border-accent-500 bg-amber-50" : undefined,
          }),
        },
        cell: ({ row: { original: line } }) =>
          line.missing[i] ? (
            l.missing
          ) : (
            <>
              {line.differs[i] && (
                <span className="mr-1 font-bold text-amber-800" title={l.differs}>
                  <span aria-hidden="true">≠</span>
                  <span className="sr-only">{l.differs} : </span>
                </span>
              )}
              <CellValue row={line.row} partner={p} />
            </>
          ),
      }),
    ),
  ];
}
