import type { ColumnDef } from "@tanstack/react-table";
import { SortableHeader } from "@/components/data-table/sortable-header";
import { selectionColumn } from "@/components/data-table/selection-column";
import type { Formats } from "@/lib/i18n/format";
import type { PartnerCategory, PartnerColumn, PartnerSort, ReturneeValue, SortKey } from "@/lib/partners/filter-params";
import { PARTNER_COLUMNS } from "@/lib/partners/filter-params";
import type { Passage } from "@/lib/partners/passage";
import type { PartnerListItem } from "@/lib/partners/types";
import type { SortValue } from "@/lib/table-sort";

/** Which sort key each sortable column sets, and whether its first click sorts biggest first (figures). */
export const SORTABLE: Partial<Record<PartnerColumn, { key: SortKey; firstDesc: boolean }>> = {
  name: { key: "name", firstDesc: false },
  category: { key: "category", firstDesc: false },
  capacity: { key: "capacity", firstDesc: true },
  insertion: { key: "insertion", firstDesc: true },
  verified: { key: "verified", firstDesc: true },
};

/**
 * Every word and format the cells need, resolved once per page by the table
 * (./partners-table.tsx): a cell is a plain function of its row, with no
 * translator or formatter of its own (rendering 25 rows × 9 cells is the
 * page's cost, docs/benchmarks.md).
 */
export interface PartnerColumnLabels {
  header: (id: PartnerColumn) => string;
  category: (slug: PartnerCategory) => string;
  returnees: (value: ReturneeValue) => string;
  sortAction: (column: string, descending: boolean) => string;
  passage: string;
  selectPage: string;
  selectRow: (name: string) => string;
  notStated: string;
  national: string;
  unlimited: string;
  neverVerified: string;
  /** "n° 12" / "no. 12": the fiche's number in the report. */
  ficheNumber: (n: number) => string;
  via: (programme: string) => string;
  moreFunders: (count: number) => string;
  date: (iso: string) => string;
  /** Figures in the page's language (lib/i18n/format.ts). */
  formats: Formats;
  /** "par {part}" / "per {part}". */
  per: (part: string) => string;
  /** An in-app href in the page's language (/partners/x, /en/partners/x). */
  localize: (href: string) => string;
}

/**
 * The matching passage, with <mark> built by React: fiche text is never parsed as HTML.
 * Styled by `.plist p` (app/globals.css).
 */
function PassageText({ passage, label }: { passage: Passage; label: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  passage.marks.forEach(([start, end], i) => {
    if (start > last) parts.push(passage.text.slice(last, start));
    parts.push(<mark key={i}>{passage.text.slice(start, end)}</mark>);
    last = end;
  });
  parts.push(passage.text.slice(last));
  return (
    <p>
      <span className="sr-only">{label} : </span>…{parts}…
    </p>
  );
}

/**
 * The cells' markup is deliberately bare (`small` for secondary words, `.na` for
 * "not stated", `.r-<value>` for the returnee badge): the list's stylesheet
 * (`.plist` in app/globals.css) styles them once, and on a phone turns each row
 * into a card.
 */
function cells(l: PartnerColumnLabels): Record<PartnerColumn, (p: PartnerListItem) => React.ReactNode> {
  const na = <span className="na">{l.notStated}</span>;
  return {
    // A plain link: 25 rows of next/link would each prefetch their fiche as they scroll into view.
    name: (p) => (
      <>
        <a href={l.localize(p.url)} lang="fr">
          {p.name}
        </a>
        {p.number !== null && <small> {l.ficheNumber(p.number)}</small>}
        {p.passage && <PassageText passage={p.passage} label={l.passage} />}
      </>
    ),
    category: (p) => l.category(p.category),
    regions: (p) => {
      if (!p.national && p.regions.length === 0) return na;
      const names = p.regions.map((r) => r.name).join(", ");
      if (!p.national) return names;
      return (
        <>
          <b className="nat">{l.national}</b>
          {/* What the flag rests on, in the fiche's words ("Ville : National"). */}
          {p.nationalText && (
            <>
              {" "}
              <q lang="fr">{p.nationalText}</q>
            </>
          )}
          {names && ` ${names}`}
        </>
      );
    },
    capacity: (p) => {
      const c = p.absorptionCapacity;
      if (!c) return na;
      if (c.unlimited) return l.unlimited;
      const figure = l.formats.range(c.min, c.max);
      // No figure could be read: the fiche's words are the answer.
      if (figure === null) return <small lang="fr">{c.text}</small>;
      const unit = c.unit ? l.formats.term("units", c.unit) : null;
      const part = c.per ? l.formats.term("parts", c.per) : null;
      return (
        <>
          <b>{figure}</b>
          {unit && <small {...(unit.lang ? { lang: unit.lang } : {})}> {unit.text}</small>}
          {/* "25 apprenants par groupe" is not a total: say so where the figure is read. */}
          {part && <small {...(part.lang ? { lang: part.lang } : {})}> {l.per(part.text)}</small>}
        </>
      );
    },
    insertion: (p) => {
      const rate = p.insertion?.rate;
      if (rate === null || rate === undefined) return na;
      return (
        <>
          {l.formats.rate(rate, 1)}
          {p.insertion?.year && <small> ({p.insertion.year})</small>}
        </>
      );
    },
    returnees: (p) => <span className={`r-${p.returneeExperience}`}>{l.returnees(p.returneeExperience)}</span>,
    // Its figure when the fiche gives one, else the first words of its sentence.
    returneeCapacity: (p) => {
      const c = p.returneeCapacity;
      if (!c) return na;
      const figure = l.formats.capacity(c);
      return (
        <>
          {figure && <b {...(figure.lang ? { lang: figure.lang } : {})}>{figure.text} </b>}
          <small lang="fr">{c.summary}</small>
        </>
      );
    },
    funders: (p) => {
      if (!p.funders.length) return na;
      // A funder known only through the programme the fiche names reads "Banque mondiale (via PROCEJ)".
      const label = (f: PartnerListItem["funders"][number]) => (f.inferred && f.programme ? `${f.name} (${l.via(f.programme)})` : f.name);
      const shown = p.funders.slice(0, 3).map(label);
      const rest = p.funders.length - shown.length;
      return (
        <>
          {/* Funders by the names the report gives them ("Banque mondiale"). */}
          <span lang="fr">{shown.join(", ")}</span>
          {rest > 0 && <small> {l.moreFunders(rest)}</small>}
        </>
      );
    },
    // When an admin last confirmed the fiche (issue 10): a date, or "never" since the report.
    verified: (p) => (p.verifiedAt ? <time dateTime={p.verifiedAt}>{l.date(p.verifiedAt)}</time> : <span className="na">{l.neverVerified}</span>),
  };
}

/** Columns of the partner list (components/data-table kit): a selection box, then PARTNER_COLUMNS. */
export function partnerColumns(
  l: PartnerColumnLabels,
  sort: { current: PartnerSort; hrefFor: (sort: SortValue<SortKey>) => string },
): ColumnDef<PartnerListItem>[] {
  const header = (id: PartnerColumn) => {
    const sortable = SORTABLE[id];
    if (!sortable) return l.header(id);
    return (
      <SortableHeader
        label={l.header(id)}
        column={sortable.key}
        current={sort.current}
        firstDesc={sortable.firstDesc}
        hrefFor={sort.hrefFor}
        actionLabel={l.sortAction}
      />
    );
  };
  const cell = cells(l);
  return [
    selectionColumn<PartnerListItem>({ selectPage: l.selectPage, selectRow: (p) => l.selectRow(p.name) }),
    ...PARTNER_COLUMNS.map((id): ColumnDef<PartnerListItem> => ({ id, header: () => header(id), cell: ({ row }) => cell[id](row.original) })),
  ];
}
