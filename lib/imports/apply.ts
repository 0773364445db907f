/**
 * Applying a reviewed edition, in ONE transaction: the edition row, then each
 * fiche as the admin decided (accepted fields take the new edition's value,
 * rejected ones stay, a fiche the edition no longer has is archived, never
 * deleted), the report's tables, and the import marked applied. Every partner
 * it changes gets a new version and a history entry attributed to the admin;
 * its report facts and provenance point to the new edition from then on.
 */
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { writeTransaction } from "../db/write";
import { syncEdition } from "../editions/store";
import type { Partner } from "../fiches/types";
import { ensureBaseline } from "../partners/actions/commit";
import { freePartnerSlug } from "../partners/free-slug";
import { applySnapshot } from "../partners/actions/apply-snapshot";
import { diffSnapshots, PARTNER_ENTITY, type PartnerSnapshot } from "../partners/history";
import { PROVENANCE_FIELDS, editedName, valueOf } from "../provenance/fields";
import { reportLines } from "../provenance/report-lines";
import { emptyCounts } from "../seed/counts";
import { donorFields, withoutLines } from "./compare";
import { syncDonors, donorFromReport } from "../seed/donors";
import { desiredFunders } from "../seed/load-report";
import { partnerFromReport, syncPartners } from "../seed/partners";
import { references, syncFunders, syncRegions, type References } from "../seed/reference";
import { syncDocuments, syncInterviews } from "../seed/tables";
import { canonical } from "../partners/history";
import { type Decisions, outcome } from "./decisions";
import { type EditionPlan, type ImportedReportColumn, type PartnerPlan, planEdition, reportSnapshotOf } from "./plan";
import { readEdition } from "./source";

type Tx = Prisma.TransactionClient;

export type ApplyResult =
  | { kind: "applied"; editionId: number; partners: { changed: number; added: number; archived: number }; actors: { changed: number; added: number; archived: number } }
  /** The import is no longer staged (applied or discarded meanwhile). */
  | { kind: "closed" }
  | { kind: "missing" }
  /** The directory changed since the review was opened: the change set is not the one the admin decided on. */
  | { kind: "moved" };

export interface ApplyInput {
  importId: number;
  /** The change set's fingerprint the review showed (./plan.ts). */
  fingerprint: string;
  decisions: Decisions;
  userId: number;
}

/** The edition's whole apply may take seconds on a loaded machine; it is still one transaction. */
const APPLY_BUDGET_MS = 120_000;

const EDITION_ACTION = "edition";

function pick(snapshot: PartnerSnapshot, field: string): unknown {
  return field in snapshot.scalars ? snapshot.scalars[field as keyof PartnerSnapshot["scalars"]] : snapshot[field as keyof PartnerSnapshot];
}

function withField(snapshot: PartnerSnapshot, field: string, value: unknown): PartnerSnapshot {
  if (field in snapshot.scalars) return { ...snapshot, scalars: { ...snapshot.scalars, [field]: value } };
  return { ...snapshot, [field]: value };
}

/**
 * What the report column says after the apply: the new edition's snapshot, and
 * the fields whose current value an admin kept from an older edition (pinned
 * there, so the fiche still cites the lines that value came from).
 */
function reportColumn(plan: PartnerPlan, next: PartnerSnapshot, after: PartnerSnapshot, rejected: string[], edited: string[]): ImportedReportColumn {
  const row = plan.row!;
  const old = (row.report ?? null) as ImportedReportColumn | null;
  const oldSnapshot = reportSnapshotOf(row.report);
  const oldLines = oldSnapshot && row.sourceStart !== null && row.sourceEnd !== null ? reportLines(oldSnapshot, [row.sourceStart, row.sourceEnd]) : {};
  const pinned: NonNullable<ImportedReportColumn["pinned"]> = {};
  for (const field of PROVENANCE_FIELDS) {
    const name = editedName(field);
    if (edited.includes(name)) continue;
    if (canonical(valueOf(after, field) ?? null) === canonical(valueOf(next, field) ?? null)) continue;
    const earlier = old?.pinned?.[field];
    if (earlier) pinned[field] = earlier;
    else if (rejected.includes(name) && row.editionId !== null) pinned[field] = { edition: row.editionId, lines: oldLines[field] ?? null };
  }
  const differs = (name: string) => canonical(withoutLines(pick(after, name)) ?? null) !== canonical(withoutLines(pick(next, name)) ?? null);
  const kept = [...new Set([...(old?.kept ?? []), ...rejected])].filter((name) => !edited.includes(name) && differs(name)).sort();
  return { snapshot: next, ...(Object.keys(pinned).length ? { pinned } : {}), ...(kept.length ? { kept } : {}) };
}

async function audit(tx: Tx, entityType: string, entityId: number, version: number, userId: number, changes: unknown, snapshot: unknown, reason: string) {
  await tx.auditEntry.create({
    data: {
      entityType,
      entityId,
      version,
      action: EDITION_ACTION,
      userId,
      changes: changes as Prisma.InputJsonValue,
      snapshot: snapshot as Prisma.InputJsonValue,
      reason,
    },
  });
}

async function applyPartners(tx: Tx, plan: EditionPlan, decisions: Decisions, refs: References, editionId: number, userId: number, reason: string) {
  const done = { changed: 0, added: 0, archived: 0 };
  const toCreate: Partner[] = [];
  for (const p of plan.partners) {
    const decided = outcome("partner", p.change, decisions);
    if (p.change.status === "added") {
      // A new fiche may share a name with a partner an admin created.
      if (decided.apply) toCreate.push({ ...p.parsed!, slug: await freePartnerSlug(tx, p.parsed!.slug) });
      continue;
    }
    const row = p.row!;
    const before = p.current!;
    if (p.change.status === "removed") {
      if (!decided.apply) continue;
      const after: PartnerSnapshot = { ...before, status: "archived" };
      await ensureBaseline(tx, row.id, row.version, before);
      const version = await applySnapshot(tx, row.id, after, { status: { before: "active", after: "archived" } }, row.editedFields);
      await tx.partner.update({ where: { id: row.id }, data: { editedFields: row.editedFields } });
      await audit(tx, PARTNER_ENTITY, row.id, version, userId, { status: { before: "active", after: "archived" } }, after, reason);
      done.archived++;
      continue;
    }
    if (!p.parsed) continue;
    const { state, snapshot: next } = partnerFromReport(p.parsed, refs, editionId);
    let after = before;
    for (const field of decided.accepted) after = withField(after, field, pick(next, field));
    // The report's text follows the edition where it only moved (new line numbers), unless an admin edited it.
    const sectionsDecided = p.change.fields?.some((f) => f.field === "sections");
    if (!sectionsDecided && !row.editedFields.includes("sections")) after = withField(after, "sections", next.sections);
    const edited = row.editedFields.filter((f) => !decided.accepted.includes(f));
    const changes = diffSnapshots(before, after);
    if (Object.keys(changes).length > 0) {
      await ensureBaseline(tx, row.id, row.version, before);
      const version = await applySnapshot(tx, row.id, after, changes, row.editedFields);
      await audit(tx, PARTNER_ENTITY, row.id, version, userId, changes, after, reason);
      if (decided.accepted.length) done.changed++;
    }
    await tx.partner.update({
      where: { id: row.id },
      data: {
        editedFields: edited,
        editionId,
        report: reportColumn(p, next, after, decided.rejected, edited) as unknown as Prisma.InputJsonValue,
        sourceStart: state.scalars.sourceStart,
        sourceEnd: state.scalars.sourceEnd,
        categoryHeading: state.scalars.categoryHeading,
        sectionHeading: state.scalars.sectionHeading,
      },
    });
  }
  if (toCreate.length) {
    await syncPartners(tx, toCreate, refs, emptyCounts().partners, editionId);
    const created = await tx.partner.findMany({ where: { number: { in: toCreate.map((p) => p.number) } }, select: { id: true, version: true, report: true } });
    for (const row of created) await audit(tx, PARTNER_ENTITY, row.id, row.version, userId, {}, reportSnapshotOf(row.report), reason);
    done.added = created.length;
  }
  return done;
}

async function applyActors(tx: Tx, plan: EditionPlan, decisions: Decisions, refs: References, userId: number, reason: string) {
  const done = { changed: 0, added: 0, archived: 0 };
  const keep = new Map<number, string[]>();
  const actors = [];
  for (const a of plan.actors) {
    const decided = outcome("actor", a.change, decisions);
    if (a.change.status === "removed") {
      if (!decided.apply) continue;
      const row = await tx.donor.update({ where: { id: a.row!.id }, data: { status: "archived", version: { increment: 1 } }, select: { version: true } });
      await audit(tx, "donor", a.row!.id, row.version, userId, { status: { before: "active", after: "archived" } }, { status: "archived" }, reason);
      done.archived++;
      continue;
    }
    if (!a.parsed || (a.change.status === "added" && !decided.apply)) continue;
    actors.push(a.parsed);
    if (a.change.status === "added") done.added++;
    if (decided.accepted.length) done.changed++;
    if (decided.rejected.length) keep.set(a.number, decided.rejected);
  }
  await syncDonors(tx, actors, refs, emptyCounts().donors, { keep });
  const changed = plan.actors.filter((a) => a.change.status === "changed" || a.change.status === "added");
  const rows = await tx.donor.findMany({ where: { number: { in: changed.map((a) => a.number) } }, select: { id: true, number: true, version: true, funderId: true } });
  for (const row of rows) {
    const a = changed.find((c) => c.number === row.number)!;
    const accepted = outcome("actor", a.change, decisions).accepted;
    if (a.change.status === "changed" && accepted.length === 0) continue;
    const fields = Object.fromEntries((a.change.fields ?? []).filter((f) => accepted.includes(f.field)).map((f) => [f.field, { before: f.before, after: f.after }]));
    const state = donorFromReport(a.parsed!, refs, row.funderId);
    const snapshot = Object.fromEntries(donorFields(state).map((f) => [f, f in state.scalars ? state.scalars[f as keyof typeof state.scalars] : state[f as keyof typeof state]]));
    await audit(tx, "donor", row.id, row.version, userId, fields, snapshot, reason);
  }
  return done;
}

export async function applyImport(db: Db, input: ApplyInput): Promise<ApplyResult> {
  const staged = await db.editionImport.findUnique({ where: { id: input.importId }, select: { sourceFile: true, text: true, title: true, status: true } });
  if (!staged) return { kind: "missing" };
  if (staged.status !== "staged") return { kind: "closed" };
  // Parsed before the transaction opens: it takes a second or two and needs no lock.
  const source = readEdition(staged.sourceFile, staged.text, staged.title);
  return writeTransaction(
    db,
    async (tx): Promise<ApplyResult> => {
      const locked = await tx.$queryRaw<Array<{ status: string }>>`SELECT status::text FROM edition_import WHERE id = ${input.importId} FOR UPDATE`;
      if (locked[0]?.status !== "staged") return { kind: "closed" };
      // Two admins applying editions at once would each compare with a directory the other is changing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('passerelle.edition-import'))`;
      const plan = await planEdition(tx, source);
      if (plan.fingerprint !== input.fingerprint) return { kind: "moved" };

      const reason = `${source.edition.title} (${source.file})`;
      const editionId = await syncEdition(tx, source.edition, "import");
      const regions = await syncRegions(tx, emptyCounts().regions);
      const funders = await syncFunders(tx, desiredFunders(source.report), emptyCounts().funders);
      const refs = references(regions, funders);
      const partners = await applyPartners(tx, plan, input.decisions, refs, editionId, input.userId, reason);
      const actors = await applyActors(tx, plan, input.decisions, refs, input.userId, reason);
      await syncInterviews(tx, source.report.interviews, emptyCounts().interviews);
      await syncDocuments(tx, source.report.documents, emptyCounts().documents);
      await tx.editionImport.update({
        where: { id: input.importId },
        data: { status: "applied", decidedById: input.userId, decidedAt: new Date(), editionId },
      });
      return { kind: "applied", editionId, partners, actors };
    },
    APPLY_BUDGET_MS,
  );
}

/** Set a staged import aside without applying it. */
export async function discardImport(db: Db, importId: number, userId: number): Promise<"discarded" | "closed" | "missing"> {
  const { count } = await db.editionImport.updateMany({
    where: { id: importId, status: "staged" },
    data: { status: "discarded", decidedById: userId, decidedAt: new Date() },
  });
  if (count > 0) return "discarded";
  return (await db.editionImport.count({ where: { id: importId } })) ? "closed" : "missing";
}
