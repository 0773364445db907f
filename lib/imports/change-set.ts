/**
 * The change set of a new edition (issue 10): what it would change in the
 * directory, fiche by fiche and field by field. `npm run import -- --json`
 * prints it; /admin/imports/[id] shows it for review.
 */
import type { EditionPeriod } from "../editions/describe";

export type FicheStatus = "added" | "removed" | "changed" | "unchanged";

export interface FieldChange {
  /** The history's field name ("name", "contacts", "sections"…). */
  field: string;
  before: unknown;
  after: unknown;
  /** An admin edited this field since the last edition: accepting the edition's value overwrites the edit. */
  conflict: boolean;
}

export interface FicheChange {
  number: number;
  /** The fiche's slug in the directory (the new edition's for an added fiche). */
  slug: string;
  /** Its name (the new edition's, or the directory's for a removed fiche); shown by the review, not in the JSON. */
  name: string;
  status: FicheStatus;
  /** The changed fields of a "changed" fiche. */
  fields?: FieldChange[];
}

export interface TableSummary {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface EditionInfo {
  title: string;
  period: EditionPeriod;
  sourceFile: string;
  sourceHash: string;
  counts: { partners: number; actors: number; interviews: number; documents: number };
  /** The edition the directory holds now (null before any). */
  replaces: { title: string; sourceHash: string } | null;
}

export interface ChangeSet {
  edition: EditionInfo;
  summary: { partners: TableSummary; actors: TableSummary; interviews: TableSummary; documents: TableSummary };
  partners: FicheChange[];
  actors: FicheChange[];
}

export const emptySummary = (): TableSummary => ({ added: 0, removed: 0, changed: 0, unchanged: 0 });

export function summarise(fiches: readonly FicheChange[]): TableSummary {
  const summary = emptySummary();
  for (const f of fiches) summary[f.status]++;
  return summary;
}

/** The printed JSON: the shape (names are for the review page only). */
export function changeSetJson(set: ChangeSet) {
  const fiche = ({ number, slug, status, fields }: FicheChange) => (fields ? { number, slug, status, fields } : { number, slug, status });
  return { edition: set.edition, summary: set.summary, partners: set.partners.map(fiche), actors: set.actors.map(fiche) };
}

/** Whether anything at all would change. */
export function hasChanges(set: ChangeSet): boolean {
  return Object.values(set.summary).some((s) => s.added + s.removed + s.changed > 0);
}
