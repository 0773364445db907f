/**
 * Field-by-field comparison of a fiche as the directory holds it with the same
 * fiche in a new edition. Pure. Fields are those of the partner's history
 * (lib/partners/history.ts) and the donor seed's columns, so a field the seed
 * maps is compared without a list of its own. Line numbers are not compared:
 * a fiche that only moved in the text is unchanged.
 */
import { canonical, COLLECTION_FIELDS, SCALAR_FIELDS, type PartnerSnapshot, type SectionSnapshot } from "../partners/history";
import type { DonorState } from "../seed/donors";
import type { FieldChange } from "./change-set";

export const PARTNER_FIELDS = [...SCALAR_FIELDS, ...COLLECTION_FIELDS] as const;
export type PartnerField = (typeof PARTNER_FIELDS)[number];

const LINE_KEYS = new Set(["startLine", "endLine", "lines"]);

/** The value without its line numbers (where a value sits in the text is not part of it). */
export function withoutLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLines);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !LINE_KEYS.has(k)).map(([k, v]) => [k, withoutLines(v)]));
  }
  return value ?? null;
}

export const sameValue = (a: unknown, b: unknown) => canonical(withoutLines(a)) === canonical(withoutLines(b));

export function partnerValue(s: PartnerSnapshot, field: PartnerField): unknown {
  return field in s.scalars ? (s.scalars[field as keyof PartnerSnapshot["scalars"]] ?? null) : s[field as keyof PartnerSnapshot];
}

const sectionLines = (sections: readonly SectionSnapshot[]) =>
  sections.flatMap((s) => s.fields.map((f) => `${[s.heading, f.label].filter(Boolean).join(" › ")} : ${f.value}`.trim()));

/** Lines of `a` not in `b` (multiset difference, order kept). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((line) => {
    const i = left.indexOf(line);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** The report's text is long: a change of it shows only the label/value lines that differ. */
function displayed(field: string, before: unknown, after: unknown): { before: unknown; after: unknown } {
  if (field !== "sections") return { before: withoutLines(before), after: withoutLines(after) };
  const a = sectionLines(before as SectionSnapshot[]);
  const b = sectionLines(after as SectionSnapshot[]);
  return { before: minus(a, b), after: minus(b, a) };
}

export interface PartnerComparison {
  /** The fiche in the directory now. */
  current: PartnerSnapshot;
  /** What the directory's edition said of it (the `report` column), null when unknown. */
  report: PartnerSnapshot | null;
  /** The fiche in the new edition. */
  next: PartnerSnapshot;
  /** Fields an admin edited (`editedFields`). */
  edited: readonly string[];
  /** Fields an admin kept from an older edition at a previous import (`report.pinned`, by history name). */
  pinned: readonly string[];
}

/**
 * The fields the new edition changes. A field an admin edited or kept is left
 * alone unless the new edition says something new about it (then it is a
 * change, and a conflict when the admin edited it).
 */
export function comparePartner({ current, report, next, edited, pinned }: PartnerComparison): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of PARTNER_FIELDS) {
    const now = partnerValue(current, field);
    const after = partnerValue(next, field);
    if (sameValue(now, after)) continue;
    const kept = edited.includes(field) || pinned.includes(field);
    if (kept && report && sameValue(partnerValue(report, field), after)) continue;
    changes.push({ field, ...displayed(field, now, after), conflict: edited.includes(field) });
  }
  return changes;
}

/** Donor columns that are bookkeeping, not facts of the fiche. */
const DONOR_BOOKKEEPING = new Set(["slug", "funderId", "sourceStart", "sourceEnd"]);

/** A donor state for display: region ids as names. */
function donorValue(state: DonorState, field: string, regionNames: ReadonlyMap<number, string>): unknown {
  if (field === "regions") return state.regions.map((id) => regionNames.get(id) ?? String(id));
  if (field === "projects") return state.projects.map((p) => ({ ...p, regions: p.regions.map((id) => regionNames.get(id) ?? String(id)) }));
  if (field in state.scalars) return state.scalars[field as keyof DonorState["scalars"]] ?? null;
  return state[field as keyof DonorState];
}

export function donorFields(state: DonorState): string[] {
  return [...Object.keys(state.scalars).filter((k) => !DONOR_BOOKKEEPING.has(k)), "regions", "projects", "contacts", "sections"];
}

/** Donors have no report snapshot of their own: a field an admin edited that differs is a conflict. */
export function compareDonor(
  current: DonorState,
  next: DonorState,
  edited: readonly string[],
  regionNames: ReadonlyMap<number, string>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of donorFields(next)) {
    const now = donorValue(current, field, regionNames);
    const after = donorValue(next, field, regionNames);
    if (sameValue(now, after)) continue;
    const shown =
      field === "sections"
        ? displayed(field, current.sections.map(sectionSnapshot), next.sections.map(sectionSnapshot))
        : displayed(field, now, after);
    changes.push({ field, ...shown, conflict: edited.includes(field) });
  }
  return changes;
}

const sectionSnapshot = (s: DonorState["sections"][number]): SectionSnapshot => ({
  key: s.key,
  heading: s.heading,
  startLine: s.startLine,
  endLine: s.endLine,
  fields: s.fields.map((f) => ({ key: f.key, label: f.label, value: f.value, startLine: f.startLine, endLine: f.endLine })),
});

/** Table rows (interviews, documents) compared by position, as the seed keys them. */
export function compareRows<Row>(current: readonly Row[], next: readonly Row[]) {
  const summary = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (let i = 0; i < Math.max(current.length, next.length); i++) {
    if (i >= current.length) summary.added++;
    else if (i >= next.length) summary.removed++;
    else if (sameValue(current[i], next[i])) summary.unchanged++;
    else summary.changed++;
  }
  return summary;
}
