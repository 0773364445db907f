/**
 * The mapping-report parser: text in, ParsedReport out (see types.ts).
 * Pure: no file system, no database. Throws ReportFormatError when the text
 * is not such a report; everything else it cannot place becomes a warning
 * with its line number.
 */
import { buildActor } from "./actors";
import { parseFiche, recoverLostLabels } from "./fiche";
import { toSourceLines } from "./lines";
import { buildPartner, type FicheInput } from "./partners";
import { splitReport, type FicheBlock, type ReportPart } from "./report";
import { parseDocuments } from "./tables/documents";
import { parseInterviews } from "./tables/interviews";
import type { ParsedReport, ParseWarning } from "./types";
import { extractAcronym, freeSlug, slugify } from "./values/slug";

export * from "./types";

export function parseReport(text: string): ParsedReport {
  const lines = toSourceLines(text);
  const outline = splitReport(lines);
  const warnings: ParseWarning[] = outline.unplaced.map((l) => ({
    line: l.n,
    code: "unplaced-line",
    message: `text outside any section: "${l.text.slice(0, 60)}"`,
  }));

  const parsed = outline.fiches.map((block) => {
    const fiche = parseFiche(block.type, block.body);
    warnings.push(...fiche.warnings);
    return { block, parsed: fiche };
  });
  warnings.push(...recoverLostLabels(parsed.filter((p) => p.block.type === "partner").map((p) => p.parsed)));
  checkNumbering(outline.fiches, warnings);

  // The same title always gives the same slug; a repeated (or reserved) one gets -2, -3… in order of appearance.
  const used = new Set<string>();
  const inputs: FicheInput[] = parsed.map(({ block, parsed }) => {
    const slug = freeSlug(slugify(extractAcronym(block.title) ?? block.title), used);
    used.add(slug);
    return { block, parsed, slug };
  });
  const partners = inputs.filter((i) => i.block.type === "partner").map((i) => buildPartner(i, warnings));
  const actors = inputs.filter((i) => i.block.type === "actor").map((i) => buildActor(i, warnings));

  const table = <T>(kind: ReportPart["kind"], parse: (p: ReportPart) => { warnings: ParseWarning[] } & T) => {
    const part = outline.parts.find((p) => p.kind === kind);
    if (!part) {
      warnings.push({ line: 1, code: "section-missing", message: `no ${kind} table section in the report` });
      return null;
    }
    const result = parse(part);
    warnings.push(...result.warnings);
    return result;
  };
  const interviews = table("interviews", (p) => parseInterviews(p.body))?.interviews ?? [];
  const documents = table("documents", (p) => parseDocuments(p.body))?.documents ?? [];

  warnings.sort((a, b) => a.line - b.line);
  return { partners, actors, interviews, documents, warnings };
}

/** Fiches are numbered 1, 2, 3… per kind, partner fiches in partner sections, actor fiches in the actor one. */
function checkNumbering(fiches: FicheBlock[], warnings: ParseWarning[]) {
  const expected = { partner: 1, actor: 1 };
  for (const f of fiches) {
    if (f.number !== expected[f.type]) {
      warnings.push({
        line: f.headingLine,
        code: "fiche-number",
        message: `fiche numbered ${f.number}, expected ${expected[f.type]}`,
      });
    }
    expected[f.type] = f.number + 1;
    if (f.part !== (f.type === "partner" ? "partners" : "actors")) {
      warnings.push({ line: f.headingLine, code: "fiche-misplaced", message: `${f.type} fiche inside a "${f.part}" section` });
    }
  }
}
