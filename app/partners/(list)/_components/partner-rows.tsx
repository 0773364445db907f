"use client";

import type { ReactNode } from "react";
import { RowSelectBox } from "@/components/data-table/selection-column";
import { fillTemplate } from "@/lib/i18n/fill-template";
import type { Term } from "@/lib/i18n/vocabulary";
import type { PartnerColumn, ReturneeValue } from "@/lib/partners/filter-params";
import type { Passage } from "@/lib/partners/passage";

/**
 * What each cell of the partner list shows, already translated and formatted on
 * the server (./partner-columns.tsx builds it). `null`: the fiche does not say.
 */
export interface PartnerCells {
  /**
   * The partner's name (its fiche's link comes from the row's slug), its number in the report and, in a
   * search, the matching passage. A tuple: on every row, its keys would be most of the cell's payload.
   */
  name: [name: string, number: number | null, passage?: Passage];
  category: string;
  /** The regions' names; for a partner working country-wide, the fiche's words for it too. */
  regions: string | { national: string | null; names: string } | null;
  /** A word ("unlimited"), the fiche's words when no figure could be read, or a figure with its unit and part. */
  capacity: string | { words: string } | { figure: string; unit?: Term; per?: Term } | null;
  insertion: { rate: string; year?: number } | null;
  returnees: ReturneeValue;
  /** The first words of its sentence, after its figure when the fiche gives one. */
  returneeCapacity: string | { figure: Term; summary: string } | null;
  /** The first funders' names, and "+5" when there are more. */
  funders: string | { names: string; more: string } | null;
  verified: { iso: string; date: string } | null;
}

/** A row: the partner's slug (its box's value), then the cells of the visible columns, in their order. */
export type PartnerRow = [string, ...PartnerCells[PartnerColumn][]];

/** The words the cells share, sent once rather than in every row. */
export interface PartnerRowLabels {
  /** "/partners/" or "/en/partners/": a row's fiche is this followed by its slug. */
  fichePath: string;
  /** "n° {number}". */
  number: string;
  /** "Sélectionner {name}". */
  selectRow: string;
  passage: string;
  notStated: string;
  national: string;
  neverVerified: string;
  returnees: Record<ReturneeValue, string>;
  /**
   * "fr" when the interface is not French: the report's own words (names, its sentences) then say
   * so. On a French page they share the page's language, and 25 rows of `lang="fr"` would be noise.
   */
  reportLang?: "fr";
}

const lang = (t: Term | undefined) => (t?.lang ? { lang: t.lang } : {});
/** The report's own words: `lang` only when the page speaks another language. */
const report = (l: PartnerRowLabels) => (l.reportLang ? { lang: l.reportLang } : {});

/** The matching passage, with <mark> built by React: fiche text is never parsed as HTML. Styled by `.plist p`. */
function PassageText({ passage, label }: { passage: Passage; label: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  passage.marks.forEach(([start, end], i) => {
    if (start > last) parts.push(passage.text.slice(last, start));
    parts.push(<mark key={i}>{passage.text.slice(start, end)}</mark>);
    last = end;
  });
  parts.push(passage.text.slice(last));
  return (
    <p>
      <span className="sr-only">{`${label} : `}</span>…{parts}…
    </p>
  );
}

/**
 * The cells' markup is deliberately bare (`small` for secondary words, `td.na` for
 * "not stated", `.r-<value>` for the returnee badge): the list's stylesheet
 * (`.plist` in app/globals.css) styles them once, and on a phone turns each row
 * into a card.
 */
// Each cell's words are one text node (`{` ${x}`}`): React separates adjacent ones with <!-- --> in the HTML.
const CELLS: { [K in PartnerColumn]: (value: PartnerCells[K], l: PartnerRowLabels, slug: string) => ReactNode } = {
  // A plain link: 25 rows of next/link would each prefetch their fiche as they scroll into view.
  name: ([name, number, passage], l, slug) => (
    <>
      <a href={l.fichePath + slug} {...report(l)}>
        {name}
      </a>
      {number !== null && <small>{` ${fillTemplate(l.number, { number })}`}</small>}
      {passage && <PassageText passage={passage} label={l.passage} />}
    </>
  ),
  category: (v) => v,
  regions: (v, l) =>
    typeof v === "string" || v === null ? (
      v
    ) : (
      <>
        <b className="nat">{l.national}</b>
        {/* What the flag rests on, in the fiche's words ("Ville : National"). */}
        {v.national && (
          <>
            {" "}
            <q {...report(l)}>{v.national}</q>
          </>
        )}
        {v.names && ` ${v.names}`}
      </>
    ),
  capacity: (v, l) =>
    typeof v === "string" || v === null ? (
      v
    ) : "words" in v ? (
      <small {...report(l)}>{v.words}</small>
    ) : (
      <>
        <b>{v.figure}</b>
        {v.unit && <small {...lang(v.unit)}>{` ${v.unit.text}`}</small>}
        {v.per && <small {...lang(v.per)}>{` ${v.per.text}`}</small>}
      </>
    ),
  insertion: (v) =>
    v && (
      <>
        {v.rate}
        {v.year && <small>{` (${v.year})`}</small>}
      </>
    ),
  returnees: (v, l) => <span className={`r-${v}`}>{l.returnees[v]}</span>,
  returneeCapacity: (v, l) =>
    typeof v === "string" || v === null ? (
      v && <small {...report(l)}>{v}</small>
    ) : (
      <>
        <b {...lang(v.figure)}>{`${v.figure.text} `}</b>
        <small {...report(l)}>{v.summary}</small>
      </>
    ),
  // Funders by the names the report gives them ("Banque mondiale").
  funders: (v, l) =>
    typeof v === "string" || v === null ? (
      v && (l.reportLang ? <span lang={l.reportLang}>{v}</span> : v)
    ) : (
      <>
        {l.reportLang ? <span lang={l.reportLang}>{v.names}</span> : v.names}
        <small>{` ${v.more}`}</small>
      </>
    ),
  // When an admin last confirmed the fiche (issue 10): a date, or null for "never" since the report (PartnerRows).
  verified: (v) => v && <time dateTime={v.iso}>{v.date}</time>,
};

/**
 * The partner list's rows, rendered from compact data (components/data-table
 * DataTable `rows`): the server sends 25 short arrays instead of 25 rows of
 * elements in the React payload (issue 8), and the HTML is the same table. The
 * first cell is the row's box for the compare selection (./compare-bar.tsx).
 */
export function PartnerRows({ columns, rows, labels }: { columns: string[]; rows: PartnerRow[]; labels: PartnerRowLabels }) {
  // The name column is always shown (PARTNER_COLUMNS' required one): it names each row's box.
  const nameAt = columns.filter((id) => id in CELLS).indexOf("name");
  return rows.map(([slug, ...values]) => {
    let i = 0;
    return (
      <tr key={slug}>
        {columns.map((id) => {
          if (!(id in CELLS)) {
            // The selection column: a box named after the row's partner.
            const name = nameAt >= 0 ? (values[nameAt] as PartnerCells["name"])[0] : slug;
            return (
              <td key={id}>
                <RowSelectBox id={slug} label={fillTemplate(labels.selectRow, { name })} />
              </td>
            );
          }
          const value = values[i++];
          // `values` follows `columns`: each value is its column's cell (partnerRows in ./partner-columns.tsx).
          const content = (CELLS[id as PartnerColumn] as (v: typeof value, l: PartnerRowLabels, slug: string) => ReactNode)(value, labels, slug);
          // Not stated (for the verification date: never verified since the report): the cell itself is `.na`.
          return content == null ? (
            <td key={id} className="na">
              {id === "verified" ? labels.neverVerified : labels.notStated}
            </td>
          ) : (
            <td key={id}>{content}</td>
          );
        })}
      </tr>
    );
  });
}
