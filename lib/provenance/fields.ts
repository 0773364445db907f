/**
 * The typed fields of a fiche whose source is tracked: every editable column
 * of the partner's history (lib/partners/history.ts), its child collections,
 * and each capacity kind on its own (each has its own card and its own label
 * in the report). Built from those lists, so a field added there is covered here.
 */
import type { CapacityKind } from "../db/generated/enums";
import { COLLECTION_FIELDS, SCALAR_FIELDS, type PartnerSnapshot, type SnapshotField } from "../partners/history";

const CAPACITY_KINDS: readonly CapacityKind[] = ["absorption", "total", "returnee"];

export type CapacityField = `capacities.${CapacityKind}`;
export type ProvenanceField = Exclude<SnapshotField, "capacities" | "sections" | "status"> | CapacityField;

export const PROVENANCE_FIELDS: readonly ProvenanceField[] = [
  ...SCALAR_FIELDS,
  ...COLLECTION_FIELDS.flatMap((c): ProvenanceField[] =>
    c === "capacities" ? CAPACITY_KINDS.map((k): CapacityField => `capacities.${k}`) : c === "sections" ? [] : [c],
  ),
];

/** The name an edit records (`editedFields`, audit changes): a capacity kind is edited as "capacities". */
export function editedName(field: ProvenanceField): SnapshotField {
  return field.startsWith("capacities.") ? "capacities" : (field as SnapshotField);
}

/** The field's value in a snapshot (a capacity kind: its row, or null). */
export function valueOf(snapshot: PartnerSnapshot, field: ProvenanceField): unknown {
  if (field.startsWith("capacities.")) {
    const kind = field.slice("capacities.".length);
    return snapshot.capacities.find((c) => c.kind === kind) ?? null;
  }
  if (field in snapshot.scalars) return snapshot.scalars[field as keyof PartnerSnapshot["scalars"]] ?? null;
  return snapshot[field as keyof PartnerSnapshot] ?? null;
}
