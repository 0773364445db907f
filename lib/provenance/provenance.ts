/**
 * Where each typed field of a fiche comes from: the report edition (its lines
 * and PDF page) or an admin's edit (who, when, the history version), and
 * whether the current value still says what the report says. Pure: the
 * queries (./queries.ts) gather the inputs.
 */
import type { LineRange } from "../fiches/types";
import { pageOf, type PageStart } from "../editions/pages";
import { canonical, type PartnerSnapshot } from "../partners/history";
import { PROVENANCE_FIELDS, type ProvenanceField, editedName, valueOf } from "./fields";
import { reportLines } from "./report-lines";

/** What the `report` column holds (written by lib/seed and lib/imports). */
export interface ReportColumn {
  snapshot: PartnerSnapshot;
  /**
   * Fields whose current value an admin kept from an older edition when a newer
   * one said otherwise (lib/imports): that edition and the lines it had them at.
   */
  pinned?: Partial<Record<ProvenanceField, { edition: number; lines: LineRange | null }>>;
}

export interface EditionRef {
  id: number;
  title: string;
  pages: PageStart[];
}

/** One change of the fiche's history that touched fields (edit, restore, import of an edition…). */
export interface EditRecord {
  version: number;
  at: Date;
  by: string | null;
  fields: string[];
  /** The signed-in user whose suggestion this change applied (lib/suggestions). */
  suggestedBy?: string | null;
}

export type FieldProvenance =
  | {
      source: "report";
      lines?: LineRange;
      page?: number;
      /** Set when the value comes from an older edition than the fiche's (kept by an admin). */
      edition?: string;
      /** True when the fiche's edition now says something else. */
      differsFromReport?: true;
    }
  | {
      source: "edit";
      editedAt: string | null;
      editedBy: string | null;
      version: number | null;
      suggestedBy?: string;
      /** False when the edit gave back what the report says. */
      differsFromReport: boolean;
    };

export type Provenance = Partial<Record<ProvenanceField, FieldProvenance>>;

export interface EditionView {
  title: string;
  /** ISO dates of the first and last interview. */
  period: { from: string | null; to: string | null };
  source: { file: string; sha256: string; loadedAt: string };
}

export interface VerificationView {
  at: string;
  by: string | null;
  note: string | null;
}

export interface FicheProvenance {
  edition: EditionView | null;
  verifiedAt: string | null;
  verification: VerificationView | null;
  provenance: Provenance;
}

export interface ProvenanceInput {
  /** The fiche as it is now (needed only to tell edited values from the report's). */
  current: PartnerSnapshot | null;
  editedFields: readonly string[];
  report: ReportColumn | null;
  /** The fiche's own lines in its edition: heading to last line. */
  ficheLines: LineRange | null;
  edition: EditionRef | null;
  /** Older editions named by `report.pinned`. */
  editions?: ReadonlyMap<number, EditionRef>;
  /** The fiche's history, newest first. */
  edits: readonly EditRecord[];
}

/** An entry that set every field at once (an admin created the fiche). */
export const EVERY_FIELD = "*";

const differs = (a: unknown, b: unknown) => canonical(a ?? null) !== canonical(b ?? null);

function located(lines: LineRange | null | undefined, edition: EditionRef | null | undefined) {
  if (!lines) return {};
  const page = edition ? pageOf(edition.pages, lines[0]) : null;
  return page === null ? { lines } : { lines, page };
}

export function buildProvenance(input: ProvenanceInput): Provenance {
  const { report, edition, current } = input;
  const lines = report && input.ficheLines ? reportLines(report.snapshot, input.ficheLines) : {};
  const out: Provenance = {};
  for (const field of PROVENANCE_FIELDS) {
    const name = editedName(field);
    const reportValue = report ? valueOf(report.snapshot, field) : undefined;
    const changed = current !== null && report !== null && differs(valueOf(current, field), reportValue);
    // A capacity kind shares its collection's edit mark: it counts as edited only when it changed.
    const edited = input.editedFields.includes(name) && (name === field || changed);
    if (edited || !report) {
      const edit = input.edits.find((e) => e.fields.includes(name) || e.fields.includes(EVERY_FIELD));
      out[field] = {
        source: "edit",
        editedAt: edit ? edit.at.toISOString() : null,
        editedBy: edit?.by ?? null,
        version: edit?.version ?? null,
        ...(edit?.suggestedBy ? { suggestedBy: edit.suggestedBy } : {}),
        differsFromReport: changed,
      };
      continue;
    }
    const pin = report.pinned?.[field];
    if (pin) {
      const older = input.editions?.get(pin.edition) ?? null;
      out[field] = {
        source: "report",
        ...located(pin.lines, older),
        ...(older ? { edition: older.title } : {}),
        ...(changed ? { differsFromReport: true as const } : {}),
      };
      continue;
    }
    out[field] = { source: "report", ...located(lines[field], edition) };
  }
  return out;
}
