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
  /** "Sans limite": counts above any figure. */
  unlimited: boolean;
}

/** The fields of {@link CapacityView}, as the parser gives them and the database stores them. */
export const CAPACITY_FIELDS = ["text", "min", "max", "unit", "period", "unlimited"] as const satisfies readonly (keyof CapacityView)[];

/** The capacity fields of `row` (a parsed capacity, a stored row, a snapshot), nothing else. */
export function capacityFields(row: CapacityView): CapacityView {
  return Object.fromEntries(CAPACITY_FIELDS.map((f) => [f, row[f]])) as unknown as CapacityView;
}

/** The Prisma `select` of a capacity row, in the shape of {@link CapacityView}. */
export const capacitySelect = Object.fromEntries(CAPACITY_FIELDS.map((f) => [f, true])) as Record<keyof CapacityView, true>;

/** The figure a capacity counts for in totals and filters: its upper bound; null when the fiche gives none. */
export function capacityFigure(c: Pick<CapacityView, "min" | "max">): number | null {
  return c.max ?? c.min;
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
