import { Link } from "@/lib/i18n/navigation";
import type { ColumnDef } from "@tanstack/react-table";
import type { FunderSummary } from "@/lib/funders/queries";

/** The labels the columns need, resolved in the page's locale. */
export interface FunderRegionColumnLabels {
  funder: string;
  national: string;
  total: string;
}

/**
 * Columns of the funder × region matrix (components/data-table kit): every
 * count a link to the list filtered on both. The row and column headers name a
 * cell: no per-cell label, the table stays light.
 */
export function funderRegionColumns(l: FunderRegionColumnLabels, regions: { slug: string; name: string }[]): ColumnDef<FunderSummary>[] {
  return [
    {
      id: "funder",
      header: l.funder,
      meta: { rowHeader: true },
      cell: ({ row: { original: f } }) => (
        <Link href={`/funders/${f.slug}`} className="text-brand-700 underline" lang="fr">
          {f.name}
        </Link>
      ),
    },
    ...regions.map(
      (region): ColumnDef<FunderSummary> => ({
        id: region.slug,
        header: region.name,
        meta: { align: "right", className: "tabular-nums" },
        cell: ({ row: { original: f } }) => {
          const r = f.regions.find((x) => x.slug === region.slug);
          return !r || r.count === 0 ? (
            <span className="text-slate-500">0</span>
          ) : (
            <Link href={`/partners?funder=${f.slug}&region=${r.slug}`} className="dt-count">
              {r.count}
              {r.count > r.named && <span aria-hidden="true">*</span>}
            </Link>
          );
        },
      }),
    ),
    { id: "national", header: l.national, meta: { align: "right", className: "tabular-nums" }, cell: ({ row }) => row.original.national },
    {
      id: "total",
      header: l.total,
      meta: { align: "right", className: "tabular-nums font-semibold" },
      cell: ({ row: { original: f } }) => (
        <Link href={`/partners?funder=${f.slug}`} className="text-brand-700 underline">
          {f.partnerCount}
        </Link>
      ),
    },
  ];
}
