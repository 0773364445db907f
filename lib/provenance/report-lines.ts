/**
 * Where in the report each typed field of a fiche was read: the lines of the
 * fiche's label/value pairs that hold the field's words. Generic over the
 * fields (./fields.ts): the words of a value are looked up in the fiche's own
 * text, so a field the parser adds is placed without a rule of its own. A
 * value without words of the text (a flag, a rate, a category) takes the lines
 * of the field it is read from (DERIVED); anything still unplaced, the fiche's.
 */
import type { LineRange } from "../fiches/types";
import { fold, squash } from "../fiches/values/text";
import type { PartnerSnapshot } from "../partners/history";
import { PROVENANCE_FIELDS, type ProvenanceField, valueOf } from "./fields";

/** Fields the parser reads from the fiche's heading (its title line, and the category header above it). */
const FROM_HEADING: ReadonlySet<ProvenanceField> = new Set(["name", "acronym", "category"]);

/** Fields read from other fields' words, where their own value holds none of the text. */
const DERIVED: Partial<Record<ProvenanceField, readonly ProvenanceField[]>> = {
  national: ["regionText", "cityText"],
  regions: ["regionText", "cityText"],
  insertionRate: ["insertionText"],
  insertionYear: ["insertionText"],
  returneeExperience: ["returneeEvidence"],
};

/**
 * Fields with a label of their own (lib/fiches/labels.ts keys): when their words
 * stand there, the field is that label's place(s), whole (all contact rows, the
 * whole list of courses), even where the same words also stand elsewhere
 * (Région and Ville both "Bamako").
 */
const OWN_LABELS: Partial<Record<ProvenanceField, readonly string[]>> = {
  regionText: ["region", "regionCity"],
  regions: ["region", "regionCity"],
  cityText: ["city", "regionCity"],
  cities: ["city", "regionCity"],
  trainings: ["courses"],
  fundings: ["funding"],
  contacts: ["focalPoint", "contact"],
};

/** Shorter words (or figures) would match anywhere. */
const MIN_WITNESS = 4;

const normal = (s: string) => squash(fold(s));

/** The longest text (or figure) in a value: the words that best say where it was read. */
function longest(value: unknown): string | null {
  if (value === null || value === undefined || typeof value === "boolean") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  const inner = (Array.isArray(value) ? value : Object.values(value as object)).map(longest).filter((s): s is string => s !== null);
  return inner.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** One witness per item of a list, else the value's longest text. */
function witnesses(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(longest).filter((s): s is string => s !== null);
}

interface Place {
  key: string | null;
  text: string;
  lines: LineRange;
}

function places(snapshot: PartnerSnapshot): Place[] {
  return snapshot.sections.flatMap((s) =>
    s.fields.flatMap((f) =>
      f.startLine == null ? [] : [{ key: f.key, text: normal(f.value), lines: [f.startLine, f.endLine ?? f.startLine] as LineRange }],
    ),
  );
}

/** The first field whose value is the witness, else the first that contains it. */
function find(all: Place[], witness: string): LineRange | null {
  const w = normal(witness);
  if (w.length < MIN_WITNESS) return null;
  return (all.find((p) => p.text === w) ?? all.find((p) => p.text.includes(w)))?.lines ?? null;
}

function directLines(all: Place[], field: ProvenanceField, value: unknown): LineRange | null {
  const words = witnesses(value);
  const labels = OWN_LABELS[field] ?? [];
  const own = all.filter((p) => p.key !== null && labels.includes(p.key));
  if (words.some((w) => own.some((p) => p.text.includes(normal(w))))) return union(own.map((p) => p.lines));
  return union(words.map((w) => find(all, w)).filter((r): r is LineRange => r !== null));
}

function union(ranges: LineRange[]): LineRange | null {
  if (ranges.length === 0) return null;
  return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
}

/**
 * Lines of each field with a value in the report's snapshot of the fiche;
 * `fiche` is the fiche's own range (heading to last line).
 */
export function reportLines(snapshot: PartnerSnapshot, fiche: LineRange): Partial<Record<ProvenanceField, LineRange>> {
  const all = places(snapshot);
  const direct = new Map<ProvenanceField, LineRange | null>();
  for (const field of PROVENANCE_FIELDS) {
    direct.set(field, directLines(all, field, valueOf(snapshot, field)));
  }
  const out: Partial<Record<ProvenanceField, LineRange>> = {};
  for (const field of PROVENANCE_FIELDS) {
    if (FROM_HEADING.has(field)) {
      out[field] = [fiche[0], fiche[0]];
      continue;
    }
    const value = valueOf(snapshot, field);
    const empty = value === null || value === false || value === "" || (Array.isArray(value) && value.length === 0);
    if (empty) continue;
    const from = (DERIVED[field] ?? []).map((f) => direct.get(f) ?? null).filter((r): r is LineRange => r !== null);
    out[field] = direct.get(field) ?? union(from) ?? fiche;
  }
  return out;
}
