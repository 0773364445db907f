import { Link } from "@/lib/i18n/navigation";
import type { ColumnDef } from "@tanstack/react-table";
import { Coverage } from "@/components/fiche/coverage";
import { Term } from "@/components/i18n/term";
import type { DonorSummary } from "@/lib/donors/types";

export type DonorColumn = "name" | "themes" | "projects" | "zones" | "partners";

/** Columns of the donors table (components/data-table kit): one row per actor fiche of the report. */
export function donorColumns(header: (id: DonorColumn) => string): ColumnDef<DonorSummary>[] {
  return [
    {
      id: "name",
      header: header("name"),
      meta: { rowHeader: true },
      cell: ({ row: { original: d } }) => (
        <>
          <Link href={`/donors/${d.slug}`} className="text-brand-700 underline" lang="fr">
            {d.displayName}
          </Link>
          {d.acronym && !d.displayName.includes(d.acronym) && <span className="text-slate-600"> ({d.acronym})</span>}
        </>
      ),
    },
    {
      id: "themes",
      header: header("themes"),
      cell: ({ row }) => (
        <ul className="list-inside list-disc">
          {row.original.themes.map((theme) => (
            <li key={theme}>
              <Term group="donorThemes" value={theme} />
            </li>
          ))}
        </ul>
      ),
    },
    { id: "projects", header: header("projects"), meta: { align: "right", className: "tabular-nums" }, cell: ({ row }) => row.original.projectCount },
    {
      id: "zones",
      header: header("zones"),
      cell: ({ row: { original: d } }) => <Coverage national={d.national} regions={d.regions} fallback={d.regionText} />,
    },
    { id: "partners", header: header("partners"), meta: { align: "right", className: "tabular-nums" }, cell: ({ row }) => row.original.fundedPartnerCount },
  ];
}
