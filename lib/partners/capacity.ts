/**
 * A partner's capacities: how many people it can take (absorption), in total,
 * and of returning migrants. One stored row per kind the fiche states
 * (prisma/schema/directory.prisma `Capacity`); the parser reads them from the
 * fiche's sentences (lib/fiches/values/capacity.ts). Every view (fiche, list,
 * compare, exports, history, admin form) uses the shape and the kinds defined here.
 */
import type { CapacityKind, CapacityPeriod } from "../db/generated/enums";

/** The kinds, in display order. */
export const CAPACITY_KINDS = ["absorption", "total", "returnee"] as const satisfies readonly CapacityKind[];

/** The periods a figure may be given for ("par an", "par cohorte"…). */
export const CAPACITY_PERIODS = ["year", "cohort", "month", "total"] as const satisfies readonly CapacityPeriod[];

/** One capacity as the fiche states it: the sentence, and the figures read from it when there are any. */
export interface CapacityView {
  text: string;
  min: number | null;
  max: number | null;
  unit: string | null;
  period: CapacityPeriod | null;
  /**
   * The part one figure counts, singular as written ("groupe" in "25 apprenants
   * par groupe"); null when the figure is for the whole structure. Such a figure
   * is not a total: it neither answers the minimum-capacity filter nor adds up.
   */
  per: string | null;
  /** "Sans limite": counts above any figure. */
  unlimited: boolean;
}

/** The fields of {@link CapacityView}, as the parser gives them and the database stores them. */
export const CAPACITY_FIELDS = ["text", "min", "max", "unit", "period", "per", "unlimited"] as const satisfies readonly (keyof CapacityView)[];

/**
 * The capacity fields of `row` (a parsed capacity, a stored row, a snapshot), nothing else.
 * A field an older snapshot lacks (`per` before issue 7) reads as null, so old and new compare equal.
 */
export function capacityFields(row: Omit<CapacityView, "per"> & { per?: string | null }): CapacityView {
  return Object.fromEntries(CAPACITY_FIELDS.map((f) => [f, row[f] ?? (f === "unlimited" ? false : null)])) as unknown as CapacityView;
}

/** The Prisma `select` of a capacity row, in the shape of {@link CapacityView}. */
export const capacitySelect = Object.fromEntries(CAPACITY_FIELDS.map((f) => [f, true])) as Record<keyof CapacityView, true>;

/**
 * The figure a capacity counts for in totals and filters: its upper bound; null when the
 * fiche gives none, or gives it only per group, room or course ("25 apprenants par groupe"
 * says nothing of the whole structure).
 */
export function capacityFigure(c: Pick<CapacityView, "min" | "max"> & { per?: string | null }): number | null {
  return c.per ? null : (c.max ?? c.min);
}

/** A capacity with its kind: a stored row, or a history snapshot's entry. */
export type KindedCapacity = CapacityView & { kind: CapacityKind };

/** Capacity rows in kind order with their fields only: the form in which the seed and the history compare them. */
export function capacityRows(rows: readonly KindedCapacity[]): KindedCapacity[] {
  return [...rows]
    .sort((a, b) => CAPACITY_KINDS.indexOf(a.kind) - CAPACITY_KINDS.indexOf(b.kind))
    .map((c) => ({ kind: c.kind, ...capacityFields(c) }));
}

/** The capacities of a fiche by kind, null for a kind it does not state. */
export function capacitiesByKind(rows: readonly KindedCapacity[]): Record<CapacityKind, CapacityView | null> {
  const byKind: Record<CapacityKind, CapacityView | null> = { absorption: null, total: null, returnee: null };
  for (const { kind, ...capacity } of rows) byKind[kind] = capacity;
  return byKind;
}

/** A capacity in the list: its figures and the first words of its sentence. */
export type CapacitySummary = Omit<CapacityView, "text"> & {
  /** The first sentence of the fiche's text, cut at a word near {@link SUMMARY_LENGTH} characters ("…" when cut). */
  summary: string;
};

/** Where the list's short form of a capacity sentence is cut. */
export const SUMMARY_LENGTH = 110;

/**
 * The short form of a capacity sentence for the list: its first sentence (the
 * text's first bullet when it is a list), cut at a word boundary. The whole text
 * stays on the fiche, in compare and in the exports.
 */
export function summarizeCapacityText(text: string, length = SUMMARY_LENGTH): string {
  const body = text.replace(/^\s*[•\-–o]\s+/u, "");
  // Up to the first bullet or sentence end: `search` stops there, where `split` went on through the whole text.
  const end = body.search(/\s+[•\-–]\s+|(?<=[.!?])\s+(?=[A-ZÀ-Ý«])/u);
  const first = (end < 0 ? body : body.slice(0, end)).replace(/[\s;:,]+$/u, "");
  if (first.length <= length) return first;
  const cut = first.slice(0, length + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut.slice(0, length)).replace(/[\s,;:.–-]+$/u, "")}…`;
}

/** The list's form of a capacity: figures kept, sentence shortened. */
export function capacitySummary(c: CapacityView): CapacitySummary {
  const { text, ...figures } = capacityFields(c);
  return { ...figures, summary: summarizeCapacityText(text) };
}
