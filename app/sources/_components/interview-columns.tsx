import type { ColumnDef } from "@tanstack/react-table";
import { SortableHeader } from "@/components/data-table/sortable-header";
import { Term } from "@/components/i18n/term";
import type { InterviewRow } from "@/lib/sources/queries";
import { INTERVIEW_SORTS, type InterviewSort } from "@/lib/sources/schemas";
import type { SortValue } from "@/lib/table-sort";

/** The labels the columns need, resolved in the page's locale. */
export interface InterviewColumnLabels {
  header: (id: InterviewSort) => string;
  sortAction: (column: string, descending: boolean) => string;
  duplicate: string;
  duplicateHelp: string;
  noDate: string;
  lines: (start: number, end: number) => string;
}

/** Section 1 of the report, the people met (components/data-table kit); every column sorts. */
export function interviewColumns(
  l: InterviewColumnLabels,
  sort: { current: SortValue<InterviewSort>; hrefFor: (sort: SortValue<InterviewSort>) => string },
): ColumnDef<InterviewRow>[] {
  const cells: Record<InterviewSort, ColumnDef<InterviewRow>["cell"]> = {
    position: ({ row }) => row.original.position,
    actorType: ({ row }) => row.original.actorType && <Term group="actorTypes" value={row.original.actorType} />,
    organisation: ({ row: { original: r } }) => (
      <>
        {r.organisation}
        {r.duplicate && (
          <span className="ml-2 inline-block rounded bg-amber-200 px-1.5 text-xs font-medium text-amber-900" title={l.duplicateHelp}>
            {l.duplicate}
          </span>
        )}
      </>
    ),
    jobTitle: ({ row }) => row.original.jobTitle,
    date: ({ row: { original: r } }) => (
      <>
        {r.date ? r.date.split("-").reverse().join("/") : <span className="text-slate-600">{l.noDate}</span>}
        {r.lines && <span className="block text-xs text-slate-600">{l.lines(r.lines[0], r.lines[1])}</span>}
      </>
    ),
  };
  return INTERVIEW_SORTS.map(
    (id): ColumnDef<InterviewRow> => ({
      id,
      header: () => <SortableHeader label={l.header(id)} column={id} current={sort.current} hrefFor={sort.hrefFor} actionLabel={l.sortAction} />,
      cell: cells[id],
      meta: id === "position" ? { className: "tabular-nums" } : id === "date" ? { className: "whitespace-nowrap" } : undefined,
    }),
  );
}
