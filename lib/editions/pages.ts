/**
 * The PDF pages of a report, read from its extracted text (docs/report-format.md
 * §4.1): a few pages keep their number on a line of its own, and every other
 * page break shows only as one leading space on the first line of the new page.
 * Counting breaks from the numbered pages gives every line its page; numbered
 * pages that disagree with the breaks between them leave that stretch without
 * pages rather than guess. A text without any page number has no pages.
 */
import type { SourceLine } from "../fiches/types";

/** [first line of the page, page number or null when unknown], in line order. */
export type PageStart = [line: number, page: number | null];

/** A page break: the first content line of a page, indented by exactly one space. */
const INDENTED = /^ \S/;

export function pageStarts(lines: readonly SourceLine[]): PageStart[] {
  const breaks: number[] = [];
  const numbered: Array<{ line: number; page: number }> = [];
  let afterNumber = false;
  for (const line of lines) {
    if (line.kind === "pageNumber") {
      numbered.push({ line: line.n, page: Number(line.raw.trim()) });
      afterNumber = true;
      continue;
    }
    if (line.kind === "blank") continue;
    // The line after a page number opens the next page, indented or not.
    if (afterNumber || INDENTED.test(line.raw)) breaks.push(line.n);
    afterNumber = false;
  }
  if (numbered.length === 0) return [];

  // A page number ends its page: the page holding line n is the anchor's page
  // minus the breaks between n and the anchor (or plus those after it).
  const between = (from: number, to: number) => breaks.filter((b) => b > from && b <= to);
  const starts: PageStart[] = [];
  const first = numbered[0];
  const before = between(0, first.line);
  // Text before the first break still belongs to a page (the one before the first break's).
  const firstLine = lines.find((l) => l.kind !== "blank")?.n ?? 1;
  if (before.length === 0 || before[0] > firstLine) starts.push([firstLine, first.page - before.length]);
  before.forEach((b, i) => starts.push([b, first.page - before.length + 1 + i]));

  for (let k = 0; k < numbered.length; k++) {
    const anchor = numbered[k];
    const next = numbered[k + 1];
    const after = between(anchor.line, next ? next.line : Number.POSITIVE_INFINITY);
    if (next && after.length !== next.page - anchor.page) {
      // The breaks do not add up to the next number: this stretch has no reliable pages.
      starts.push([after[0] ?? anchor.line + 1, null]);
      continue;
    }
    after.forEach((b, i) => starts.push([b, anchor.page + 1 + i]));
  }
  return starts;
}

/** The page holding `line`, or null when the text does not tell. */
export function pageOf(starts: readonly PageStart[], line: number): number | null {
  let page: number | null = null;
  for (const [start, number] of starts) {
    if (start > line) break;
    page = number;
  }
  return page;
}
