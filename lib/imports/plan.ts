/**
 * Reading the directory against a new edition: the change set (./change-set.ts)
 * and, for each fiche, what applying needs (its row, its current state and the
 * new edition's). Reads only: nothing is written, so a dry run and a review
 * page can call it on the live database.
 */
import { createHash } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { Actor, Partner } from "../fiches/types";
import { latestEdition } from "../editions/store";
import { canonical, readSnapshot, snapshotOfRow, SNAPSHOT_INCLUDE, type PartnerSnapshot } from "../partners/history";
import { editedName, type ProvenanceField } from "../provenance/fields";
import type { ReportColumn } from "../provenance/provenance";
import { currentDonorState, DONOR_INCLUDE, donorFromReport, type DonorRow, type DonorState } from "../seed/donors";
import { desiredFunders } from "../seed/load-report";
import { partnerFromReport } from "../seed/partners";
import { plannedReferences } from "../seed/reference";
import { documentRows, documentShape, interviewRows, interviewShape } from "../seed/tables";
import { type ChangeSet, type FicheChange, summarise } from "./change-set";
import { compareDonor, comparePartner, compareRows } from "./compare";
import type { EditionSource } from "./source";

type Tx = Prisma.TransactionClient;

const partnerInclude = { ...SNAPSHOT_INCLUDE } satisfies Prisma.PartnerInclude;
type PartnerRow = Prisma.PartnerGetPayload<{ include: typeof partnerInclude }>;

export interface PartnerPlan {
  number: number;
  /** The fiche in the new edition; null when the edition no longer has it. */
  parsed: Partner | null;
  /** The directory's row; null when the fiche is new. */
  row: PartnerRow | null;
  current: PartnerSnapshot | null;
  next: PartnerSnapshot | null;
  change: FicheChange;
}

export interface ActorPlan {
  number: number;
  parsed: Actor | null;
  row: DonorRow | null;
  change: FicheChange;
}

export interface EditionPlan {
  source: EditionSource;
  changeSet: ChangeSet;
  partners: PartnerPlan[];
  actors: ActorPlan[];
  /** A digest of the change set: the review posts it back, and applying refuses if the directory moved since. */
  fingerprint: string;
}

/**
 * The report column as imports write it: lib/provenance's, plus the history
 * names of every field an admin kept against a newer edition (`pinned` covers
 * only the fields provenance tracks; the report's text is kept too).
 */
export type ImportedReportColumn = ReportColumn & { kept?: string[] };

/** Fields an admin kept from an older edition at a previous import, by history name. */
export function pinnedNames(report: unknown): string[] {
  const column = report as ImportedReportColumn | null;
  const pinned = Object.keys(column?.pinned ?? {}).map((f) => editedName(f as ProvenanceField));
  return [...new Set([...pinned, ...(column?.kept ?? [])])];
}

export function reportSnapshotOf(report: unknown): PartnerSnapshot | null {
  const snapshot = (report as ReportColumn | null)?.snapshot;
  return snapshot ? readSnapshot(snapshot) : null;
}

function planPartners(rows: PartnerRow[], parsed: Partner[], nextOf: (p: Partner) => PartnerSnapshot): PartnerPlan[] {
  const byNumber = new Map(rows.map((r) => [r.number!, r]));
  const plans: PartnerPlan[] = parsed.map((p) => {
    const next = nextOf(p);
    const row = byNumber.get(p.number) ?? null;
    if (!row) return { number: p.number, parsed: p, row, current: null, next, change: { number: p.number, slug: p.slug, name: p.name, status: "added" } };
    const current = snapshotOfRow(row);
    const fields = comparePartner({
      current,
      report: reportSnapshotOf(row.report),
      next,
      edited: row.editedFields,
      pinned: pinnedNames(row.report),
    });
    const change: FicheChange = fields.length
      ? { number: p.number, slug: row.slug, name: row.name, status: "changed", fields }
      : { number: p.number, slug: row.slug, name: row.name, status: "unchanged" };
    return { number: p.number, parsed: p, row, current, next, change };
  });
  const inEdition = new Set(parsed.map((p) => p.number));
  for (const row of rows) {
    if (inEdition.has(row.number!)) continue;
    // Archived already: the new edition's silence changes nothing.
    const status = row.status === "active" ? "removed" : "unchanged";
    plans.push({ number: row.number!, parsed: null, row, current: snapshotOfRow(row), next: null, change: { number: row.number!, slug: row.slug, name: row.name, status } });
  }
  return plans.sort((a, b) => a.number - b.number);
}

function planActors(rows: DonorRow[], parsed: Actor[], nextOf: (a: Actor) => DonorState, regionNames: ReadonlyMap<number, string>): ActorPlan[] {
  const byNumber = new Map(rows.map((r) => [r.number!, r]));
  const plans: ActorPlan[] = parsed.map((a) => {
    const row = byNumber.get(a.number) ?? null;
    if (!row) return { number: a.number, parsed: a, row, change: { number: a.number, slug: a.slug, name: a.name, status: "added" } };
    const next = nextOf(a);
    const fields = compareDonor(currentDonorState(row, next), next, row.editedFields, regionNames);
    const change: FicheChange = fields.length
      ? { number: a.number, slug: row.slug, name: row.name, status: "changed", fields }
      : { number: a.number, slug: row.slug, name: row.name, status: "unchanged" };
    return { number: a.number, parsed: a, row, change };
  });
  const inEdition = new Set(parsed.map((a) => a.number));
  for (const row of rows) {
    if (inEdition.has(row.number!)) continue;
    const status = row.status === "active" ? "removed" : "unchanged";
    plans.push({ number: row.number!, parsed: null, row, change: { number: row.number!, slug: row.slug, name: row.name, status } });
  }
  return plans.sort((a, b) => a.number - b.number);
}

export function fingerprintOf(changeSet: ChangeSet): string {
  return createHash("sha256").update(canonical(changeSet)).digest("hex").slice(0, 32);
}

export async function planEdition(tx: Tx, source: EditionSource): Promise<EditionPlan> {
  const { report, edition } = source;
  const refs = await plannedReferences(tx, desiredFunders(report));
  const [partnerRows, donorRows, interviews, documents, latest] = await Promise.all([
    tx.partner.findMany({ where: { number: { not: null } }, include: partnerInclude }),
    tx.donor.findMany({ where: { number: { not: null } }, include: DONOR_INCLUDE }),
    tx.interview.findMany({ orderBy: { position: "asc" } }),
    tx.sourceDocument.findMany({ orderBy: { position: "asc" } }),
    latestEdition(tx),
  ]);
  const partners = planPartners(partnerRows, report.partners, (p) => partnerFromReport(p, refs, null).snapshot);
  const actors = planActors(donorRows, report.actors, (a) => donorFromReport(a, refs, null), refs.regionNames);
  const changeSet: ChangeSet = {
    edition: {
      title: edition.title,
      period: edition.period,
      sourceFile: edition.sourceFile,
      sourceHash: edition.sourceHash,
      counts: edition.counts,
      replaces: latest ? { title: latest.title, sourceHash: latest.sourceHash } : null,
    },
    summary: {
      partners: summarise(partners.map((p) => p.change)),
      actors: summarise(actors.map((a) => a.change)),
      interviews: compareRows(interviews.map((r) => interviewShape(r)), interviewRows(report.interviews)),
      documents: compareRows(documents.map((r) => documentShape(r)), documentRows(report.documents)),
    },
    partners: partners.map((p) => p.change),
    actors: actors.map((a) => a.change),
  };
  return { source, changeSet, partners, actors, fingerprint: fingerprintOf(changeSet) };
}
