/**
 * What an edition of the report says about itself: when its interviews were
 * held, its own introductions (the method as the report states it), its PDF
 * pages and its size. Pure: derived from the text and the parsed report only,
 * so a new edition describes itself the same way.
 */
import { createHash } from "node:crypto";
import { splitReport } from "../fiches/report";
import { toSourceLines } from "../fiches/lines";
import type { LineRange, ParsedReport, SourceLine } from "../fiches/types";
import { type PageStart, pageStarts } from "./pages";

/** A part's introduction as the report writes it (e.g. how interviews were held, how partners were chosen). */
export interface EditionIntro {
  heading: string;
  text: string;
  lines: LineRange;
}

export interface EditionPeriod {
  /** ISO dates of the first and last interview; null when the report dates none. */
  from: string | null;
  to: string | null;
}

export interface EditionDescription {
  title: string;
  period: EditionPeriod;
  sourceFile: string;
  sourceHash: string;
  pages: PageStart[];
  intros: EditionIntro[];
  counts: { partners: number; actors: number; interviews: number; documents: number };
}

export function sourceHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function interviewPeriod(report: Pick<ParsedReport, "interviews">): EditionPeriod {
  const dates = report.interviews.map((i) => i.date).filter((d): d is string => d !== null).sort();
  return { from: dates[0] ?? null, to: dates.at(-1) ?? null };
}

/**
 * The report names itself nowhere in its text (the extraction starts at part 1),
 * so an edition is called after the year of its interviews unless the importer
 * gives a title (`npm run import -- FILE --title "…"`).
 */
export function defaultTitle(period: EditionPeriod, sourceFile: string): string {
  const year = (period.to ?? period.from)?.slice(0, 4);
  return year ? `Cartographie ${year}` : sourceFile;
}

const ENDS_SENTENCE = /[.:;!?]$/;
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * The prose that opens a part, before its table or first fiche: content lines
 * up to the last one that ends a sentence, stopping where a line ends
 * mid-phrase and the next starts with a capital (a table header or row).
 */
export function introOf(body: readonly SourceLine[]): { text: string; lines: LineRange } | null {
  const content = body.filter((l) => l.kind === "content");
  let last = -1;
  for (let i = 0; i < content.length; i++) {
    const text = content[i].text;
    if (ENDS_SENTENCE.test(text)) {
      last = i;
      continue;
    }
    const next = content[i + 1]?.text;
    if (next === undefined || (STARTS_UPPER.test(next) && !/^[-•o]\s/.test(next))) break;
  }
  if (last < 0) return null;
  const lines = content.slice(0, last + 1);
  return { text: lines.map((l) => l.text).join("\n"), lines: [lines[0].n, lines[last].n] };
}

export function reportIntros(lines: readonly SourceLine[]): EditionIntro[] {
  return splitReport([...lines]).parts.flatMap((part) => {
    const intro = introOf(part.body);
    return intro ? [{ heading: part.heading, ...intro }] : [];
  });
}

export function describeEdition(
  source: { file: string; text: string },
  report: ParsedReport,
  title?: string | null,
): EditionDescription {
  const lines = toSourceLines(source.text);
  const period = interviewPeriod(report);
  return {
    title: title?.trim() || defaultTitle(period, source.file),
    period,
    sourceFile: source.file,
    sourceHash: sourceHash(source.text),
    pages: pageStarts(lines),
    intros: reportIntros(lines),
    counts: {
      partners: report.partners.length,
      actors: report.actors.length,
      interviews: report.interviews.length,
      documents: report.documents.length,
    },
  };
}
