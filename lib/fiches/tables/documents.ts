/**
 * Section 5, "Liste des documents collectés et exploités": a 3-column table
 * (Organisation / Auteur | Date | Titre) flattened into lines (docs/report-format.md §6).
 *
 * The author column is narrow and wraps (up to 10 lines), the title column is
 * wide and wraps too, and nothing but the year marks where one row ends:
 *  - a row starts on a line `Author YEAR [title…]`, or
 *  - on the author lines just before a line that starts with the YEAR.
 * Everything else continues the current row's title.
 */
import type { DocumentRef, ParseWarning, SourceLine } from "../types";
import { DOCUMENT_YEARS } from "../edition";
import { joinLines } from "../values/text";

const HEADER = /^Organisation\s*\/\s*Auteur\b/i;
/** A year of DOCUMENT_YEARS, as an alternation (`2000|2001|…`). */
const YEAR = `(${Array.from({ length: DOCUMENT_YEARS.last - DOCUMENT_YEARS.first + 1 }, (_, i) => DOCUMENT_YEARS.first + i).join("|")})`;
// A year followed by `-`, `–` or `/` is a range or a date inside a title (`2030-2063`).
const YEAR_END = String.raw`(?=$|\s+(?![-–/]))`;
const YEAR_LINE = new RegExp(`^${YEAR}${YEAR_END}\\s*(.*)$`);
const AUTHOR_YEAR_LINE = new RegExp(`^(\\p{Lu}[^,;:()]{0,38}?)\\s+${YEAR}${YEAR_END}\\s*(.*)$`, "u");

// The author column holds about 22 characters; a longer line is title text.
const AUTHOR_LINE_MAX = 30;
const AUTHOR_LINES_MAX = 12;

// A line cut after one of these words (or after `,`, `-`, `(`) goes on: the next line continues it.
const OPEN_END = /(?:[,\-–(:'’]|(?<!\p{L})(?:de|du|des|la|le|les|et|à|au|aux|en|pour|par|sur|dans|avec|of|and|the|in|for|to))$/iu;

function continuesPrevious(prev: string | undefined, line: string): boolean {
  if (prev !== undefined && OPEN_END.test(prev)) return true;
  // Lower-case start or an unopened `)` (`Sikasso)`) mean the middle of a phrase.
  if (!/^\p{Lu}/u.test(line)) return true;
  return (line.match(/\)/g)?.length ?? 0) > (line.match(/\(/g)?.length ?? 0);
}

interface Anchor {
  /** Index of the row's first author line. */
  start: number;
  /** Index of the line holding the year. */
  yearAt: number;
  year: number;
  /** Author text on the year line (empty for a line that starts with the year). */
  authorOnYearLine: string;
  titleOnYearLine: string;
}

export function parseDocuments(lines: SourceLine[]): { documents: DocumentRef[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const content = lines.filter((l) => l.kind === "content");
  const headerAt = content.findIndex((l) => HEADER.test(l.text));
  if (headerAt < 0) {
    warnings.push({ line: content[0]?.n ?? 0, code: "table-header-missing", message: "document table header (Organisation / Auteur…) not found" });
  }
  const body = content.slice(headerAt + 1);
  const texts = body.map((l) => l.text);
  const anchors = findAnchors(texts);

  for (let i = 0; i < (anchors[0]?.start ?? body.length); i++) {
    warnings.push({ line: body[i].n, code: "unplaced-line", message: `line before the first document row: ${body[i].text}` });
  }

  const documents: DocumentRef[] = anchors.map((a, k) => {
    const end = k + 1 < anchors.length ? anchors[k + 1].start : body.length;
    const author = joinLines([...texts.slice(a.start, a.yearAt), a.authorOnYearLine]);
    const title = joinLines([a.titleOnYearLine, ...texts.slice(a.yearAt + 1, end)]);
    if (author === "") warnings.push({ line: body[a.yearAt].n, code: "document-author-missing", message: `no author before year ${a.year}` });
    if (title === "") warnings.push({ line: body[a.yearAt].n, code: "document-title-missing", message: `no title for ${author} ${a.year}` });
    return { author, year: a.year, title, lines: [body[a.start].n, body[end - 1].n] };
  });
  return { documents, warnings };
}

function findAnchors(texts: string[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (let i = 0; i < texts.length; i++) {
    const floor = titleFloor(anchors[anchors.length - 1]);
    const prev = i > 0 ? texts[i - 1] : undefined;
    const yearLine = YEAR_LINE.exec(texts[i]);
    if (yearLine) {
      anchors.push({
        start: authorStart(texts, i, floor),
        yearAt: i,
        year: Number(yearLine[1]),
        authorOnYearLine: "",
        titleOnYearLine: yearLine[2],
      });
      continue;
    }
    const authorYear = AUTHOR_YEAR_LINE.exec(texts[i]);
    if (authorYear && !continuesPrevious(prev, texts[i])) {
      // `Ambassade du` / `Danemark 2020 …`: an author cut mid-phrase wraps onto the year line.
      let start = i;
      while (start - 1 >= floor && texts[start - 1].length <= AUTHOR_LINE_MAX && OPEN_END.test(texts[start - 1])) start--;
      anchors.push({
        start,
        yearAt: i,
        year: Number(authorYear[2]),
        authorOnYearLine: authorYear[1],
        titleOnYearLine: authorYear[3],
      });
    }
  }
  return anchors;
}

/** First line the next row may claim: a row whose year line holds no title keeps at least the line after it. */
function titleFloor(previous: Anchor | undefined): number {
  if (!previous) return 0;
  return previous.yearAt + (previous.titleOnYearLine === "" ? 2 : 1);
}

/**
 * First author line of a row whose year starts line `yearAt`: the earliest of
 * the short lines just above it that can open an author (capitalised, not the
 * continuation of the previous title).
 */
function authorStart(texts: string[], yearAt: number, floor: number): number {
  let top = yearAt;
  while (top - 1 >= floor && yearAt - (top - 1) <= AUTHOR_LINES_MAX && texts[top - 1].length <= AUTHOR_LINE_MAX) top--;
  for (let i = top; i < yearAt; i++) {
    if (!continuesPrevious(i > 0 ? texts[i - 1] : undefined, texts[i])) return i;
  }
  return yearAt;
}
