import { Link } from "@/lib/i18n/navigation";
import type { ColumnDef } from "@tanstack/react-table";
import type { FundedPartnerView } from "@/lib/donors/types";
import { Coverage } from "@/components/fiche/coverage";

export interface FundedColumnLabels {
  header: (id: "partner" | "category" | "regions" | "when") => string;
  category: (slug: string) => string;
  when: (p: FundedPartnerView) => string;
  /** "via PROCEJ (inferred)": the fiche names the programme, not the funder. */
  inferredVia: (programmes: string[]) => string;
}

/** Columns of a funder's partners (components/data-table kit): on a funder's page and a donor's. */
export function fundedColumns(l: FundedColumnLabels): ColumnDef<FundedPartnerView>[] {
  return [
    {
      id: "partner",
      header: l.header("partner"),
      meta: { rowHeader: true },
      cell: ({ row: { original: p } }) => (
        <div className="min-w-48">
          <Link href={`/partners/${p.slug}`} className="text-brand-700 underline" lang="fr">
            {p.name}
          </Link>
          {p.mentions.length > 0 && (
            <span className="block text-xs font-normal text-slate-600" lang="fr">
              « {p.mentions.join(" ; ")} »
            </span>
          )}
          {p.inferredVia.length > 0 && <span className="block text-xs font-normal italic text-slate-600">{l.inferredVia(p.inferredVia)}</span>}
        </div>
      ),
    },
    { id: "category", header: l.header("category"), cell: ({ row }) => l.category(row.original.category) },
    { id: "regions", header: l.header("regions"), cell: ({ row }) => <Coverage national={row.original.national} regions={row.original.regions} /> },
    { id: "when", header: l.header("when"), cell: ({ row }) => l.when(row.original) },
  ];
}
