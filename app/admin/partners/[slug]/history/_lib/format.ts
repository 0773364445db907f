/**
 * Audit changes -> lines a person reads: a value per line for lists, and for
 * collections only the lines that were removed and added.
 */
import type {
  CapacitySnapshot,
  ContactSnapshot,
  FundingSnapshot,
  SectionSnapshot,
  TrainingSnapshot,
} from "@/lib/partners/history";

export type FieldDiff =
  | { kind: "value"; before: string[]; after: string[] }
  | { kind: "lines"; removed: string[]; added: string[] };

const text = (v: unknown): string[] => {
  if (v === null || v === undefined || v === "") return [];
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === "boolean") return [v ? "✓" : "✗"];
  return [String(v)];
};

function capacityLine(c: CapacitySnapshot): string {
  const range = c.unlimited ? "∞" : [c.min, c.max].filter((n) => n !== null).join("–");
  const facts = [range, c.unit, c.per ? `/ ${c.per}` : null, c.period].filter(Boolean).join(" ");
  return `${c.kind}: ${c.text}${facts ? ` [${facts}]` : ""}`;
}
const trainingLine = (t: TrainingSnapshot) => (t.durationMonths !== null ? `${t.name} (${t.durationMonths} m)` : t.name);
const fundingLine = (f: FundingSnapshot) =>
  `${f.funderName}${f.programme ? ` · ${f.inferred ? "via " : ""}${f.programme}` : ""}${f.current ? "" : " (past)"} — ${f.text}`;
const contactLine = (c: ContactSnapshot) =>
  [c.name, c.role].filter(Boolean).join(", ") + ` — ${[...c.phones.map((p) => p.text), ...c.emails].join(" · ")}`;
function sectionLines(sections: SectionSnapshot[]): string[] {
  return sections.flatMap((s) => s.fields.map((f) => `${s.heading} › ${f.label}: ${f.value}`));
}

const LINE_FORMATS: Record<string, (value: unknown) => string[]> = {
  regions: (v) => text(v),
  capacities: (v) => (v as CapacitySnapshot[]).map(capacityLine),
  trainings: (v) => (v as TrainingSnapshot[]).map(trainingLine),
  fundings: (v) => (v as FundingSnapshot[]).map(fundingLine),
  contacts: (v) => (v as ContactSnapshot[]).map(contactLine),
  sections: (v) => sectionLines(v as SectionSnapshot[]),
};

/** Lines of `a` not in `b` (multiset difference, order kept). */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((line) => {
    const i = left.indexOf(line);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

export function describeChange(field: string, change: { before: unknown; after: unknown }): FieldDiff {
  const format = LINE_FORMATS[field];
  if (!format) return { kind: "value", before: text(change.before), after: text(change.after) };
  const before = format(change.before ?? []);
  const after = format(change.after ?? []);
  return { kind: "lines", removed: minus(before, after), added: minus(after, before) };
}
