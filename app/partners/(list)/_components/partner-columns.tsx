import type { ColumnDef } from "@tanstack/react-table";
import { SortableHeader } from "@/components/data-table/sortable-header";
import { selectionColumn } from "@/components/data-table/selection-column";
import type { Formats } from "@/lib/i18n/format";
import type { Term } from "@/lib/i18n/vocabulary";
import type { PartnerCategory, PartnerColumn, PartnerSort, SortKey } from "@/lib/partners/filter-params";
import { PARTNER_COLUMNS } from "@/lib/partners/filter-params";
import type { PartnerListItem } from "@/lib/partners/types";
import type { SortValue } from "@/lib/table-sort";
import type { PartnerCells, PartnerRow } from "./partner-rows";

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
  sortAction: (column: string, descending: boolean) => string;
  selectPage: string;
  via: (programme: string) => string;
  moreFunders: (count: number) => string;
  date: (iso: string) => string;
  unlimited: string;
  /** Figures in the page's language (lib/i18n/format.ts). */
  formats: Formats;
  /** "par {part}" / "per {part}". */
  per: (part: string) => string;
}

/** A term without an undefined `lang` (an undefined prop is still written into the payload). */
const term = (t: Term): Term => (t.lang ? { text: t.text, lang: t.lang } : { text: t.text });

/**
 * What each cell shows, as compact data with every word already translated and
 * every figure formatted: ./partner-rows.tsx renders it (the same markup on the
 * server and in the browser), so the page's React payload carries these values
 * rather than each cell's element tree (issue 8). `null`: not stated.
 */
function cells(l: PartnerColumnLabels): { [K in PartnerColumn]: (p: PartnerListItem) => PartnerCells[K] } {
  return {
    // The fiche's link and the "n° " before the number are the row component's (./partner-rows.tsx): from the slug and a label.
    name: (p) => (p.passage ? [p.name, p.number, p.passage] : [p.name, p.number]),
    category: (p) => l.category(p.category),
    regions: (p) => {
      if (!p.national && p.regions.length === 0) return null;
      const names = p.regions.map((r) => r.name).join(", ");
      return p.national ? { national: p.nationalText, names } : names;
    },
    capacity: (p) => {
      const c = p.absorptionCapacity;
      if (!c) return null;
      if (c.unlimited) return l.unlimited;
      const figure = l.formats.range(c.min, c.max);
      // No figure could be read: the fiche's words are the answer.
      if (figure === null) return { words: c.text };
      const part = c.per ? l.formats.term("parts", c.per) : null;
      return {
        figure,
        ...(c.unit ? { unit: term(l.formats.term("units", c.unit)) } : {}),
        // "25 apprenants par groupe" is not a total: say so where the figure is read.
        ...(part ? { per: term({ text: l.per(part.text), lang: part.lang }) } : {}),
      };
    },
    insertion: (p) => {
      const rate = p.insertion?.rate;
      if (rate === null || rate === undefined) return null;
      return p.insertion?.year ? { rate: l.formats.rate(rate, 1), year: p.insertion.year } : { rate: l.formats.rate(rate, 1) };
    },
    returnees: (p) => p.returneeExperience,
    // Its figure when the fiche gives one, else the first words of its sentence.
    returneeCapacity: (p) => {
      const c = p.returneeCapacity;
      if (!c) return null;
      const figure = l.formats.capacity(c);
      return figure ? { figure: term(figure), summary: c.summary } : c.summary;
    },
    funders: (p) => {
      if (!p.funders.length) return null;
      // A funder known only through the programme the fiche names reads "Banque mondiale (via PROCEJ)".
      const label = (f: PartnerListItem["funders"][number]) => (f.inferred && f.programme ? `${f.name} (${l.via(f.programme)})` : f.name);
      const names = p.funders.slice(0, 3).map(label).join(", ");
      const rest = p.funders.length - 3;
      return rest > 0 ? { names, more: l.moreFunders(rest) } : names;
    },
    // When an admin last confirmed the fiche (issue 10): a date, or "never" since the report.
    verified: (p) => (p.verifiedAt ? { iso: p.verifiedAt, date: l.date(p.verifiedAt) } : null),
  };
}

/** The rows of the table for its visible columns (DataTable's, in order: "select" first): the row's id, then its cells. */
export function partnerRows(l: PartnerColumnLabels, items: PartnerListItem[], columns: string[]): PartnerRow[] {
  const cell = cells(l);
  const shown = columns.filter((id): id is PartnerColumn => id in cell);
  return items.map((p) => [p.slug, ...shown.map((id) => cell[id](p))] as PartnerRow);
}

/**
 * Columns of the partner list (components/data-table kit): a selection box, then
 * PARTNER_COLUMNS. Their headers and sort; the cells are ./partner-rows.tsx's,
 * from the compact data of `partnerRows`.
 */
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
  return [
    // The header's box only: the rows' boxes are ./partner-rows.tsx's (RowSelectBox, labelled there).
    selectionColumn<PartnerListItem>({ selectPage: l.selectPage }),
    ...PARTNER_COLUMNS.map((id): ColumnDef<PartnerListItem> => ({ id, header: () => header(id) })),
  ];
}
