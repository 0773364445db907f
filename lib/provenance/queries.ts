import "server-only";
/**
 * The inputs of a fiche's provenance, read once per fiche view: its edition,
 * the fields its history touched (keys only, not the stored values), who
 * suggested an applied correction, its last verification, and its current
 * snapshot when an edited value must be compared with the report's.
 */
import type { Viewer } from "../auth/roles";
import type { Db } from "../db/client";
import type { PageStart } from "../editions/pages";
import type { LineRange } from "../fiches/types";
import { PARTNER_ENTITY, loadSnapshot } from "../partners/history";
import {
  EVERY_FIELD,
  buildProvenance,
  type EditRecord,
  type EditionRef,
  type EditionView,
  type FicheProvenance,
  type ReportColumn,
} from "./provenance";

export interface ProvenanceSubject {
  id: number;
  editedFields: string[];
  report: unknown;
  editionId: number | null;
  verifiedAt: Date | null;
  lines: LineRange | null;
}

/** The Prisma `select` a fiche query adds to feed {@link partnerProvenance}. */
export const provenanceSelect = {
  id: true,
  editedFields: true,
  report: true,
  editionId: true,
  verifiedAt: true,
} as const;

interface HistoryRow {
  version: number;
  action: string;
  createdAt: Date;
  reason: string | null;
  name: string | null;
  email: string | null;
  fields: string[];
  suggestedBy: string | null;
  suggestedByEmail: string | null;
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Who edited, verified or suggested: a person's name is personal data, so only
 * signed-in viewers see it (the account's name, else its e-mail). The public
 * sees that and when a value was edited, not by whom.
 */
function person(viewer: Viewer, name: string | null, email: string | null): string | null {
  return viewer ? (name ?? email) : null;
}

export function editionView(row: { title: string; sourceFile: string; sourceHash: string; interviewsFrom: Date | null; interviewsTo: Date | null; loadedAt: Date }): EditionView {
  return {
    title: row.title,
    period: { from: isoDay(row.interviewsFrom), to: isoDay(row.interviewsTo) },
    source: { file: row.sourceFile, sha256: row.sourceHash, loadedAt: row.loadedAt.toISOString() },
  };
}

const editionSelect = {
  id: true,
  title: true,
  sourceFile: true,
  sourceHash: true,
  interviewsFrom: true,
  interviewsTo: true,
  loadedAt: true,
  pages: true,
} as const;

export async function partnerProvenance(db: Db, subject: ProvenanceSubject, viewer: Viewer): Promise<FicheProvenance> {
  const report = (subject.report ?? null) as ReportColumn | null;
  const pinnedIds = [...new Set(Object.values(report?.pinned ?? {}).map((p) => p!.edition))];
  const editionIds = [...new Set([subject.editionId, ...pinnedIds].filter((id): id is number => id !== null))];
  // The history's field names only (jsonb keys), never the values it stored.
  const [editions, history] = await Promise.all([
    editionIds.length ? db.edition.findMany({ where: { id: { in: editionIds } }, select: editionSelect }) : Promise.resolve([]),
    db.$queryRaw<HistoryRow[]>`
      SELECT a.version, a.action, a."createdAt", a.reason, u.name, u.email,
             ARRAY(SELECT jsonb_object_keys(CASE WHEN jsonb_typeof(a.changes) = 'object' THEN a.changes ELSE '{}'::jsonb END)) AS fields,
             su.name AS "suggestedBy", su.email AS "suggestedByEmail"
      FROM audit_entry a
      LEFT JOIN app_user u ON u.id = a."userId"
      LEFT JOIN suggestion s ON s."partnerId" = a."entityId" AND s."appliedVersion" = a.version AND s.status = 'accepted'
      LEFT JOIN app_user su ON su.id = s."createdById"
      WHERE a."entityType" = ${PARTNER_ENTITY} AND a."entityId" = ${subject.id} AND a.action <> 'import'
      ORDER BY a.version DESC, a.id DESC`,
  ]);
  const refs = new Map<number, EditionRef>(editions.map((e) => [e.id, { id: e.id, title: e.title, pages: e.pages as unknown as PageStart[] }]));
  const edits: EditRecord[] = history
    .filter((h) => h.action !== "verify")
    .map((h) => ({
      version: h.version,
      at: h.createdAt,
      by: person(viewer, h.name, h.email),
      fields: h.action === "create" ? [EVERY_FIELD] : h.fields,
      suggestedBy: h.suggestedBy || h.suggestedByEmail ? person(viewer, h.suggestedBy, h.suggestedByEmail) : null,
    }));
  const verify = history.find((h) => h.action === "verify");
  const needsCurrent = subject.editedFields.length > 0 || pinnedIds.length > 0;
  const current = needsCurrent && report ? await loadSnapshot(db, subject.id) : null;
  const edition = subject.editionId === null ? null : (editions.find((e) => e.id === subject.editionId) ?? null);
  return {
    edition: edition ? editionView(edition) : null,
    verifiedAt: subject.verifiedAt?.toISOString() ?? null,
        // The note says how it was checked and may name a person: signed-in viewers only.
    verification: verify ? { at: verify.createdAt.toISOString(), by: person(viewer, verify.name, verify.email), note: viewer ? verify.reason : null } : null,
    provenance: buildProvenance({
      current,
      editedFields: subject.editedFields,
      report,
      ficheLines: subject.lines,
      edition: edition ? (refs.get(edition.id) ?? null) : null,
      editions: refs,
      edits,
    }),
  };
}
