/**
 * An admin's decisions on a change set: per fiche (accept it whole, reject it
 * whole, or decide field by field) and per field. Pure. What nobody decided
 * follows the edition, except a conflict: an admin's edit is only overwritten
 * when an admin says so.
 */
import type { FicheChange } from "./change-set";

export type FicheDecision = "accept" | "reject" | "fields";
export type FieldDecision = "accept" | "reject";

export interface Decisions {
  /** By fiche key (`ficheKey`). */
  fiches?: Record<string, FicheDecision>;
  /** By fiche key, then field name. */
  fields?: Record<string, Record<string, FieldDecision>>;
}

export type FicheKind = "partner" | "actor";

/** "p10" for partner fiche 10, "a3" for actor fiche 3 (also the review form's field names). */
export const ficheKey = (kind: FicheKind, number: number) => `${kind === "partner" ? "p" : "a"}${number}`;

export interface Outcome {
  /** Whether the fiche's addition or removal goes ahead (always true for a changed or unchanged fiche). */
  apply: boolean;
  accepted: string[];
  rejected: string[];
}

export function outcome(kind: FicheKind, change: FicheChange, decisions: Decisions): Outcome {
  const key = ficheKey(kind, change.number);
  const whole = decisions.fiches?.[key] ?? "fields";
  if (change.status === "added" || change.status === "removed") return { apply: whole !== "reject", accepted: [], rejected: [] };
  const accepted: string[] = [];
  const rejected: string[] = [];
  for (const field of change.fields ?? []) {
    const said = whole === "fields" ? decisions.fields?.[key]?.[field.field] : whole;
    const accept = said ? said === "accept" : !field.conflict;
    (accept ? accepted : rejected).push(field.field);
  }
  return { apply: true, accepted, rejected };
}
