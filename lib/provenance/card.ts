/**
 * One provenance for a card that shows several typed fields (insertion: its
 * sentence, rate and year): an edit wins over the report (the newest edit, as
 * the reader sees its result), report lines are joined, and the card differs
 * from the report when any of its fields does. Pure, for the fiche page.
 */
import type { LineRange } from "../fiches/types";
import type { ProvenanceField } from "./fields";
import type { FieldProvenance, Provenance } from "./provenance";

type Edit = Extract<FieldProvenance, { source: "edit" }>;
type Report = Extract<FieldProvenance, { source: "report" }>;

export function cardProvenance(provenance: Provenance, fields: readonly ProvenanceField[]): FieldProvenance | null {
  const list = fields.map((f) => provenance[f]).filter((p): p is FieldProvenance => p !== undefined);
  if (list.length === 0) return null;
  const differs = list.some((p) => p.differsFromReport === true);
  const edits = list.filter((p): p is Edit => p.source === "edit");
  if (edits.length > 0) {
    const newest = edits.reduce((a, b) => ((b.editedAt ?? "") > (a.editedAt ?? "") ? b : a));
    return { ...newest, differsFromReport: differs };
  }
  const reports = list as Report[];
  const located = reports.filter((p) => p.lines);
  const first = located.reduce<Report | null>((a, b) => (a === null || b.lines![0] < a.lines![0] ? b : a), null);
  const lines: LineRange | undefined = located.length
    ? [Math.min(...located.map((p) => p.lines![0])), Math.max(...located.map((p) => p.lines![1]))]
    : undefined;
  const edition = reports.find((p) => p.edition)?.edition;
  return {
    source: "report",
    ...(lines ? { lines } : {}),
    ...(first?.page !== undefined ? { page: first.page } : {}),
    ...(edition ? { edition } : {}),
    ...(differs ? { differsFromReport: true as const } : {}),
  };
}
