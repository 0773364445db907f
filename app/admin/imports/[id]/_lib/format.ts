/**
 * A change of the review as lines a person reads: the history page's format
 * (scalars before/after, collections as removed and added lines), plus the
 * import's own shapes: the report text arrives as its differing lines already,
 * and donor projects are read by name, duration and budget.
 */
import { describeChange, type FieldDiff } from "../../../partners/[slug]/history/_lib/format";

interface ProjectValue {
  name: string;
  duration?: string | null;
  zoneText?: string | null;
  budgetText?: string | null;
}

const projectLine = (p: ProjectValue) => [p.name, p.duration, p.zoneText, p.budgetText].filter(Boolean).join(" — ");

export function describeImportChange(field: string, change: { before: unknown; after: unknown }): FieldDiff {
  if (field === "sections") return { kind: "lines", removed: (change.before as string[]) ?? [], added: (change.after as string[]) ?? [] };
  if (field === "projects") {
    const before = ((change.before as ProjectValue[]) ?? []).map(projectLine);
    const after = ((change.after as ProjectValue[]) ?? []).map(projectLine);
    return { kind: "lines", removed: before.filter((l) => !after.includes(l)), added: after.filter((l) => !before.includes(l)) };
  }
  return describeChange(field, change);
}
