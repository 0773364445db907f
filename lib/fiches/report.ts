/**
 * Splits the report into its numbered parts, its category headers and its
 * fiches (docs/report-format.md §1). Everything is found from the headings' own text:
 * numbered headings must count upwards (1., 2., 2.1., 2.2., …) so a
 * numbered list inside a value is not taken for a heading, and a category
 * header is the upper-case block that opens a run of fiches.
 */
import { fold } from "./values/text";
import { ReportFormatError, type LineRange, type PartnerCategory, type SourceLine } from "./types";

export type PartKind = "interviews" | "partners" | "actors" | "documents" | "other";

export interface ReportPart {
  kind: PartKind;
  /** The heading as written, wrapped lines joined with one space. */
  heading: string;
  headingLines: LineRange;
  /** Every line after the heading up to the next numbered top-level heading. */
  body: SourceLine[];
}

export interface FicheBlock {
  type: "partner" | "actor";
  /** The kind of the numbered part the fiche sits in. */
  part: PartKind;
  number: number;
  /** Title after `FICHE … n :`, as written. */
  title: string;
  headingLine: number;
  /** The lines after the heading, up to the next fiche or heading (page artefacts included). */
  body: SourceLine[];
  /** Partner fiches: the category heading (or the section heading when the section has none). */
  categoryHeading: string;
  category: PartnerCategory | null;
  /** The closest numbered heading above the fiche, as written. */
  sectionHeading: string;
}

export interface ReportOutline {
  parts: ReportPart[];
  fiches: FicheBlock[];
  /** Content lines that belong to no part (before the first heading). */
  unplaced: SourceLine[];
}

const FICHE = /^FICHE\s+(PARTENAIRE|ACTEUR)\s+(\d+)\s*:\s*(.*)$/i;
const TOP = /^(\d{1,2})\.\s+(\S.*)$/;
const SUB = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/;
/** Words that open a category header; a wrapped heading's next line never starts with them. */
const CATEGORY_START = /^(partenariats possibles|autres acteurs)\b/;

const hasLower = (s: string) => /\p{Ll}/u.test(s);
const isUpperLine = (s: string) => /\p{L}/u.test(s) && !hasLower(s) && !s.includes("@") && !FICHE.test(s);

export function ficheHeading(text: string): { type: "partner" | "actor"; number: number; title: string } | null {
  const m = FICHE.exec(text);
  if (!m) return null;
  return { type: /^p/i.test(m[1]) ? "partner" : "actor", number: Number(m[2]), title: m[3].trim() };
}

/** The category of a partner fiche, from the words of its category (or section) heading. */
export function categoryOf(heading: string): PartnerCategory | null {
  const h = fold(heading);
  if (/\bsalariat\b/.test(h)) return "wage-employment";
  if (/\bvulnerables?\b/.test(h)) return "vulnerable-protection";
  if (/\bautres acteurs\b/.test(h)) return "key-actor";
  if (/\bincubateurs?\b/.test(h)) return "incubator";
  if (/\binstitutions publiques\b/.test(h)) return "public-institution";
  if (/\bong\b/.test(h)) return "ngo";
  if (/\bfinancements?\b/.test(h)) return "finance";
  if (/\b(enseignement|formation)\b/.test(h)) return "vocational-training";
  return null;
}

function partKind(heading: string): PartKind {
  const h = fold(heading);
  if (/liste des acteurs/.test(h)) return "interviews";
  if (/liste des documents/.test(h)) return "documents";
  if (/fiches acteurs/.test(h)) return "actors";
  if (/fiches partenaires|partenariats/.test(h)) return "partners";
  return "other";
}

interface Heading {
  level: "top" | "sub";
  text: string;
  lines: LineRange;
  /** Index in `lines` of the first line after the heading. */
  end: number;
}

export function splitReport(lines: SourceLine[]): ReportOutline {
  const content = lines.filter((l) => l.kind === "content");
  if (content.length === 0) throw new ReportFormatError("empty file: no text to parse", 1);

  const parts: ReportPart[] = [];
  const fiches: FicheBlock[] = [];
  const unplaced: SourceLine[] = [];
  let top = 0;
  let sub = 0;
  let part: ReportPart | null = null;
  let topHeading = "";
  let subHeading = "";
  let category = "";
  let fiche: FicheBlock | null = null;
  const categoryLines = new Set<number>();

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== "content" || categoryLines.has(i)) {
      if (!categoryLines.has(i)) (fiche ? fiche.body : part?.body)?.push(line);
      continue;
    }
    const heading = readHeading(lines, i, top, sub);
    if (heading) {
      fiche = null;
      category = "";
      if (heading.level === "top") {
        top = Number(/^\d+/.exec(heading.text)![0]);
        sub = 0;
        topHeading = heading.text;
        subHeading = "";
        part = { kind: partKind(heading.text), heading: heading.text, headingLines: heading.lines, body: [] };
        parts.push(part);
      } else {
        sub = Number(/^\d+\.(\d+)/.exec(heading.text)![1]);
        subHeading = heading.text;
      }
      i = heading.end - 1;
      continue;
    }
    const fh = ficheHeading(line.text);
    if (fh && part) {
      const categoryHeading = category || subHeading || topHeading;
      fiche = {
        ...fh,
        part: part.kind,
        headingLine: line.n,
        body: [],
        categoryHeading,
        category: fh.type === "partner" ? (categoryOf(category) ?? categoryOf(topHeading)) : null,
        sectionHeading: subHeading || topHeading,
      };
      fiches.push(fiche);
      continue;
    }
    const run = categoryRun(lines, i);
    if (run && part) {
      run.indexes.forEach((k) => categoryLines.add(k));
      category = run.text;
      fiche = null;
      continue;
    }
    if (!part) unplaced.push(line);
    else (fiche ? fiche.body : part.body).push(line);
  }

  if (!parts.some((p) => p.kind === "partners")) {
    throw new ReportFormatError(
      "no partner section found: expected a numbered heading such as `2. FICHES PARTENAIRES`",
      content[0].n,
    );
  }
  if (!fiches.some((f) => f.type === "partner")) {
    const at = parts.find((p) => p.kind === "partners")!;
    throw new ReportFormatError(
      `section \`${at.heading}\` holds no \`FICHE PARTENAIRE n : …\` heading`,
      at.headingLines[0],
    );
  }
  return { parts, fiches, unplaced };
}

/**
 * A numbered heading at `i`, with its wrapped continuation: upper-case lines
 * for an upper-case heading (`… DE RETOUR` / `VULNERABLES`), lines starting in
 * lower case for a sentence-case one (`… par` / `l’entrepreneuriat …`).
 */
function readHeading(lines: SourceLine[], i: number, top: number, sub: number): Heading | null {
  const text = lines[i].text;
  let level: Heading["level"];
  const s = SUB.exec(text);
  const t = TOP.exec(text);
  if (s && Number(s[1]) === top && Number(s[2]) > sub) level = "sub";
  else if (t && Number(t[1]) > top && !hasLower(t[2])) level = "top";
  else return null;

  const upper = !hasLower(text);
  const parts = [text];
  let last = i;
  for (let k = i + 1; k < lines.length && parts.length < 4; k++) {
    const next = lines[k];
    if (next.kind !== "content") {
      if (next.kind === "blank" || next.kind === "pageNumber") continue;
      break;
    }
    const continues = upper
      ? isUpperLine(next.text) && !CATEGORY_START.test(fold(next.text)) && !TOP.test(next.text)
      : /^\p{Ll}/u.test(next.text);
    if (!continues) break;
    parts.push(next.text);
    last = k;
  }
  return { level, text: parts.join(" "), lines: [lines[i].n, lines[last].n], end: last + 1 };
}

/**
 * An upper-case block (1–3 lines) followed by a fiche heading: the category
 * header of the fiches that follow (`AUTRES ACTEURS CLES … MIGRANTS DE` / `RETOUR`).
 */
function categoryRun(lines: SourceLine[], i: number): { text: string; indexes: number[] } | null {
  if (!isUpperLine(lines[i].text) || lines[i].text.split(/\s+/).length < 3) return null;
  const indexes: number[] = [];
  for (let k = i; k < lines.length; k++) {
    const line = lines[k];
    if (line.kind !== "content") continue;
    if (ficheHeading(line.text)) {
      return indexes.length ? { text: indexes.map((x) => lines[x].text).join(" "), indexes } : null;
    }
    if (!isUpperLine(line.text) || indexes.length === 3) return null;
    indexes.push(k);
  }
  return null;
}
