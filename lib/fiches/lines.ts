/**
 * First pass over the extracted text: one SourceLine per physical line, with
 * the artefacts of the PDF extraction recognised line by line (see
 * docs/report-format.md §4.1–4.2) so later passes can skip them without losing text.
 */
import type { SourceLine } from "./types";

const BLANK = /^\s*$/;
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
const MAILTO = /^\s*mailto:\S+\s*$/i;
// Hyperlink targets are dumped with their scheme. A bare `www.` line is the
// visible text of a value (`www.grdr.org` as a communication channel) unless,
// like every dump, it carries no trailing space.
const SCHEME_URL = /^\s*https?:\/\/\S+\s*$/i;
const BARE_WWW = /^\s*www\.\S+$/i;

export function toSourceLines(text: string): SourceLine[] {
  const body = text.replace(/^\uFEFF/, "");
  if (body === "") return [];
  const raws = body.split(/\r\n|\r|\n/);
  // A final newline does not open an extra line.
  if (raws.length > 1 && raws[raws.length - 1] === "") raws.pop();

  const lines: SourceLine[] = raws.map((raw, i) => ({
    n: i + 1,
    raw,
    text: cleanText(raw),
    kind: classify(raw),
  }));

  // A lone number is a page number only between blank lines: the `45` of
  // page 45 sits inside a contact block and must not glue to a phone number.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!PAGE_NUMBER.test(line.raw)) continue;
    const before = i === 0 || lines[i - 1].kind === "blank";
    const after = i === lines.length - 1 || lines[i + 1].kind === "blank";
    if (before && after) line.kind = "pageNumber";
  }
  return lines;
}

/** The line for matching: page-break indentation and trailing spaces removed, inner runs kept. */
function cleanText(raw: string): string {
  return raw.replace(/^\s+/, "").replace(/\s+$/, "");
}

function classify(raw: string): SourceLine["kind"] {
  if (BLANK.test(raw)) return "blank";
  if (MAILTO.test(raw)) return "mailto";
  if (SCHEME_URL.test(raw) || BARE_WWW.test(raw)) return "link";
  return "content";
}

