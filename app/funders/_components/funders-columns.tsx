import { Link } from "@/lib/i18n/navigation";
import type { ColumnDef } from "@tanstack/react-table";
import type { FunderSummary } from "@/lib/funders/queries";

/** The labels a column needs, resolved by the page in its locale. */
export interface FunderColumnLabels {
  header: (id: "name" | "kind" | "partners" | "share" | "where" | "categories" | "donor") => string;
  category: (slug: string) => string;
  kind: (kind: string) => string;
  partners: (count: number) => string;
  partnersLabel: (count: number, funder: string) => string;
  pastOnly: (count: number) => string;
  national: (count: number) => string;
  percent: (share: number) => string;
  donorLink: string;
  noDonor: string;
}

/** Up to four regions where the funder's partners work, by count (national partners said once, apart). */
function whereText(f: FunderSummary, national: (count: number) => string): string {
  const named = f.regions.filter((r) => r.named > 0).sort((a, b) => b.named - a.named).slice(0, 4);
  const parts = named.map((r) => `${r.name} ${r.named}`);
  if (f.national > 0) parts.unshift(national(f.national));
  const more = f.regions.filter((r) => r.named > 0).length - named.length;
  return parts.join(" · ") + (more > 0 ? ` · +${more}` : "");
}

/** Columns of the funders table (components/data-table kit). */
export function funderColumns(l: FunderColumnLabels): ColumnDef<FunderSummary>[] {
  return [
    {
      id: "name",
      header: l.header("name"),
      cell: ({ row: { original: f } }) => (
        <div className="min-w-40">
          <Link href={`/funders/${f.slug}`} className="font-medium text-brand-700 underline" lang="fr">
            {f.name}
          </Link>
          {f.fullName && f.fullName !== f.name && (
            <span className="block text-xs text-slate-600" lang="fr">
              {f.fullName}
            </span>
          )}
        </div>
      ),
    },
    { id: "kind", header: l.header("kind"), cell: ({ row }) => l.kind(row.original.kind) },
    {
      id: "partners",
      header: l.header("partners"),
      cell: ({ row: { original: f } }) => (
        <div className="whitespace-nowrap tabular-nums">
          {f.partnerCount > 0 ? (
            <Link href={`/partners?funder=${f.slug}`} aria-label={l.partnersLabel(f.partnerCount, f.name)} className="text-brand-700 underline">
              {l.partners(f.partnerCount)}
            </Link>
          ) : (
            l.partners(0)
          )}
          {f.partnerCount > f.currentCount && <span className="block text-xs text-slate-600">{l.pastOnly(f.partnerCount - f.currentCount)}</span>}
        </div>
      ),
    },
    { id: "share", header: l.header("share"), cell: ({ row }) => <span className="tabular-nums">{l.percent(row.original.share)}</span> },
    { id: "where", header: l.header("where"), cell: ({ row }) => <span className="text-slate-800">{whereText(row.original, l.national)}</span> },
    {
      id: "categories",
      header: l.header("categories"),
      cell: ({ row }) =>
        row.original.categories
          .filter((c) => c.count > 0)
          .sort((a, b) => b.count - a.count)
          .map((c) => `${l.category(c.category)} ${c.count}`)
          .join(" · "),
    },
    {
      id: "donor",
      header: l.header("donor"),
      cell: ({ row: { original: f } }) =>
        f.donor ? (
          <Link href={`/donors/${f.donor.slug}`} className="text-brand-700 underline" aria-label={`${l.donorLink} : ${f.donor.name}`}>
            {l.donorLink}
          </Link>
        ) : (
          <span className="text-slate-500">{l.noDonor}</span>
        ),
    },
  ];
}
