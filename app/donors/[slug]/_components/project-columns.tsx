import type { ColumnDef } from "@tanstack/react-table";
import { formatYears } from "@/lib/donors/budget";
import type { ProjectView } from "@/lib/donors/projects";
import { Coverage } from "@/components/fiche/coverage";
import { FieldValue } from "@/components/fiche/field-value";
import { SourceRef } from "@/components/fiche/source-ref";
import { Term } from "@/components/i18n/term";

export type ProjectColumn = "name" | "theme" | "years" | "zones" | "budget";

/** The labels the columns need, resolved in the page's locale. */
export interface ProjectColumnLabels {
  header: (id: ProjectColumn) => string;
  summary: string;
  budgetParts: string;
  noBudget: string;
  /** An amount in its currency, in the interface's language (lib/i18n/format.ts). */
  money: (amount: number | null, currency: string | null) => string | null;
  /** Between a budget part's label and its amount: " : " in French, ": " in English. */
  partSeparator: string;
}

/** A donor's projects (components/data-table kit): theme, years, zones and budget (figure and the text it was read from). */
export function projectColumns(l: ProjectColumnLabels, donorNumber: number | null): ColumnDef<ProjectView>[] {
  return [
    {
      id: "name",
      header: l.header("name"),
      meta: { rowHeader: true },
      cell: ({ row: { original: p } }) => (
        <>
          <span lang="fr">{p.name}</span>
          {p.summary && (
            <details className="mt-1 font-normal text-slate-700 print:hidden">
              <summary className="cursor-pointer text-xs text-brand-700">{l.summary}</summary>
              <FieldValue value={p.summary} className="mt-1 text-xs" />
            </details>
          )}
          <div className="mt-1 font-normal">
            <SourceRef prefix="FA" number={donorNumber} lines={p.lines} />
          </div>
        </>
      ),
    },
    { id: "theme", header: l.header("theme"), cell: ({ row }) => row.original.theme && <Term group="donorThemes" value={row.original.theme} /> },
    {
      id: "years",
      header: l.header("years"),
      meta: { className: "whitespace-nowrap" },
      cell: ({ row: { original: p } }) => formatYears(p.startYear, p.endYear) ?? <span lang="fr">{p.duration}</span>,
    },
    {
      id: "zones",
      header: l.header("zones"),
      cell: ({ row: { original: p } }) => <Coverage national={p.national} regions={p.regions} fallback={p.zoneText} />,
    },
    {
      id: "budget",
      header: l.header("budget"),
      meta: { align: "right" },
      cell: ({ row: { original: p } }) => {
        const budget = p.budget ? l.money(p.budget.amount, p.budget.currency) : null;
        return (
          <>
            {budget && <span className="whitespace-nowrap font-medium tabular-nums">{budget}</span>}
            {/* Phases or shares: the figure above is their total, each one as the text names it. */}
            {p.budget && p.budget.parts.length > 0 && (
              <ul className="mt-1 text-xs text-slate-700" aria-label={l.budgetParts}>
                {p.budget.parts.map((part, j) => (
                  <li key={j} className="whitespace-nowrap">
                    <span lang="fr">{part.label}</span>
                    {l.partSeparator}
                    <span className="tabular-nums">{l.money(part.amount, part.currency)}</span>
                  </li>
                ))}
              </ul>
            )}
            {p.budget?.text ? (
              <span className="block text-xs text-slate-600" lang="fr">
                {p.budget.text}
              </span>
            ) : (
              !budget && <span className="text-slate-600">{l.noBudget}</span>
            )}
          </>
        );
      },
    },
  ];
}
