/**
 * A partner's editable state as one JSON "snapshot", the difference between two
 * snapshots, and the audit trail that records every change with the snapshot
 * after it (issue 4, "History"): any version can be shown, compared and restored.
 * Regions and funders are recorded by slug (stable, readable), not by id.
 */
import type { Prisma } from "../db/generated/client";
import type { PartnerCategory, RecordStatus, ReturneeExperience } from "../db/generated/enums";
import { capacityRows, type KindedCapacity } from "./capacity";

type Tx = Prisma.TransactionClient;

/** The partner columns an admin edits, in display order. */
export const SCALAR_FIELDS = [
  "name",
  "displayName",
  "acronym",
  "category",
  "structureType",
  "country",
  "national",
  "nationalText",
  "regionText",
  "cities",
  "cityText",
  "supportTypes",
  "founded",
  "insertionText",
  "insertionRate",
  "insertionYear",
  "returneeExperience",
  "returneeEvidence",
  "costs",
  "challenges",
  "perspectives",
  "websites",
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

/** Child collections, named as the seed's `editedFields` expects them. */
export const COLLECTION_FIELDS = ["regions", "capacities", "trainings", "fundings", "contacts", "sections"] as const;
export type CollectionField = (typeof COLLECTION_FIELDS)[number];
export type SnapshotField = ScalarField | CollectionField | "status";

export interface PartnerScalars {
  name: string;
  displayName: string;
  acronym: string | null;
  category: PartnerCategory;
  structureType: string | null;
  country: string | null;
  national: boolean;
  /** The fiche's own words for its national coverage; absent from snapshots older than issue 7 (read as null). */
  nationalText: string | null;
  regionText: string | null;
  cities: string[];
  cityText: string | null;
  supportTypes: string[];
  founded: number | null;
  insertionText: string | null;
  insertionRate: number | null;
  insertionYear: number | null;
  returneeExperience: ReturneeExperience;
  returneeEvidence: string | null;
  costs: string | null;
  challenges: string | null;
  perspectives: string | null;
  websites: string[];
}

export type CapacitySnapshot = KindedCapacity;
export interface TrainingSnapshot {
  name: string;
  durationMonths: number | null;
}
export interface FundingSnapshot {
  funder: string;
  funderName: string;
  text: string;
  current: boolean;
  programme: string | null;
  /** Known only through the programme (issue 7); absent in snapshots older than that, read as false. */
  inferred: boolean;
}
export interface ContactSnapshot {
  name: string | null;
  role: string | null;
  emails: string[];
  phones: Array<{ text: string; number: string | null }>;
}
export interface SectionSnapshot {
  key: string;
  heading: string;
  startLine: number | null;
  endLine: number | null;
  fields: Array<{ key: string | null; label: string; value: string; startLine: number | null; endLine: number | null }>;
}

export interface PartnerSnapshot {
  scalars: PartnerScalars;
  status: RecordStatus;
  regions: string[];
  capacities: CapacitySnapshot[];
  trainings: TrainingSnapshot[];
  fundings: FundingSnapshot[];
  contacts: ContactSnapshot[];
  sections: SectionSnapshot[];
}

export type Changes = Partial<Record<SnapshotField, { before: unknown; after: unknown }>>;

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

export const SNAPSHOT_INCLUDE = {
  regions: { select: { region: { select: { slug: true } } } },
  capacities: true,
  trainings: { orderBy: { position: "asc" } },
  fundings: { orderBy: { position: "asc" }, include: { funder: { select: { slug: true, name: true } } } },
  contacts: { orderBy: { position: "asc" }, include: { phones: { orderBy: { position: "asc" } } } },
  sections: { orderBy: { position: "asc" }, include: { fields: { orderBy: { position: "asc" } } } },
} satisfies Prisma.PartnerInclude;

type SnapshotRow = Prisma.PartnerGetPayload<{ include: typeof SNAPSHOT_INCLUDE }>;

/** The partner's current state, or null when there is no such partner. */
export async function loadSnapshot(tx: Tx, partnerId: number): Promise<PartnerSnapshot | null> {
  const row = await tx.partner.findUnique({ where: { id: partnerId }, include: SNAPSHOT_INCLUDE });
  return row ? snapshotOfRow(row) : null;
}

export function snapshotOfRow(row: SnapshotRow): PartnerSnapshot {
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((f) => [f, row[f]])) as unknown as PartnerScalars;
  return {
    scalars,
    status: row.status,
    regions: row.regions.map((r) => r.region.slug).sort(),
    capacities: capacityRows(row.capacities),
    trainings: [...row.trainings].sort(byPosition).map((t) => ({ name: t.name, durationMonths: t.durationMonths })),
    fundings: [...row.fundings].sort(byPosition).map((f) => ({
      funder: f.funder.slug,
      funderName: f.funder.name,
      text: f.text,
      current: f.current,
      programme: f.programme,
      inferred: f.inferred,
    })),
    contacts: [...row.contacts].sort(byPosition).map((c) => ({
      name: c.name,
      role: c.role,
      emails: [...c.emails],
      phones: [...c.phones].sort(byPosition).map((p) => ({ text: p.text, number: p.number })),
    })),
    sections: [...row.sections].sort(byPosition).map((s) => ({
      key: s.key,
      heading: s.heading,
      startLine: s.startLine,
      endLine: s.endLine,
      fields: [...s.fields]
        .sort(byPosition)
        .map((f) => ({ key: f.key, label: f.label, value: f.value, startLine: f.startLine, endLine: f.endLine })),
    })),
  };
}

/**
 * JSON with object keys sorted: PostgreSQL's jsonb does not keep key order, so
 * a snapshot read back from the audit table must compare equal to a fresh one.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Only the fields whose values differ, each with its before and after. */
export function diffSnapshots(before: PartnerSnapshot, after: PartnerSnapshot): Changes {
  const changes: Changes = {};
  for (const field of SCALAR_FIELDS) {
    const a = before.scalars[field] ?? null;
    const b = after.scalars[field] ?? null;
    if (canonical(a) !== canonical(b)) changes[field] = { before: a, after: b };
  }
  if (before.status !== after.status) changes.status = { before: before.status, after: after.status };
  for (const field of COLLECTION_FIELDS) {
    if (canonical(before[field]) !== canonical(after[field])) changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}

/** A stored snapshot (audit JSON) back into the typed shape; missing parts read as empty. */
export function readSnapshot(json: unknown): PartnerSnapshot {
  const s = json as Partial<PartnerSnapshot>;
  if (!s || typeof s !== "object" || !s.scalars) throw new Error("Not a partner snapshot");
  return {
    scalars: s.scalars,
    status: s.status ?? "active",
    regions: s.regions ?? [],
    capacities: capacityRows(s.capacities ?? []),
    trainings: s.trainings ?? [],
    fundings: (s.fundings ?? []).map((f) => ({ ...f, inferred: f.inferred ?? false })),
    contacts: s.contacts ?? [],
    sections: s.sections ?? [],
  };
}

export const PARTNER_ENTITY = "partner";

/** A partner's audit trail, newest first, with who made each change. */
export function listPartnerHistory(tx: Tx, partnerId: number) {
  return tx.auditEntry.findMany({
    where: { entityType: PARTNER_ENTITY, entityId: partnerId },
    orderBy: [{ version: "desc" }, { id: "desc" }],
    select: {
      id: true,
      version: true,
      action: true,
      changes: true,
      reason: true,
      createdAt: true,
      user: { select: { email: true, name: true } },
    },
  });
}

export async function findVersionSnapshot(tx: Tx, partnerId: number, version: number): Promise<PartnerSnapshot | null> {
  const entry = await tx.auditEntry.findFirst({
    where: { entityType: PARTNER_ENTITY, entityId: partnerId, version },
    orderBy: { id: "desc" },
    select: { snapshot: true },
  });
  return entry ? readSnapshot(entry.snapshot) : null;
}
