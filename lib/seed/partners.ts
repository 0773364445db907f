/**
 * Partner fiches -> "organization" and its children. A partner is matched by its
 * fiche number; only what differs is written, and nothing named in its
 * `editedFields` (scalar column names, or "regions", "capacities", "trainings",
 * "fundings", "contacts", "sections") is overwritten.
 */
import type { Prisma } from "../db/generated/client";
import type { CapacityKind } from "../db/generated/enums";
import type { Capacity, Partner } from "../fiches/types";
import { categoryKey } from "../fiches/values/categories";
import { capacityFields, capacityRows, type KindedCapacity } from "../partners/capacity";
import { type PartnerSnapshot, snapshotOfRow } from "../partners/history";
import { buildSearchText } from "../partners/search-text";
import {
  type ContactRow,
  type SectionRow,
  contactsCreate,
  contactsFromDb,
  contactsFromReport,
  regionIds,
  sectionsCreate,
  sectionsFromDb,
  sectionsFromReport,
  sortedIds,
} from "./children";
import type { EntityCount } from "./counts";
import { collectionChange, effective, scalarChanges } from "./diff";
import type { References } from "./reference";

type Tx = Prisma.TransactionClient;

const PARTNER_INCLUDE = {
  regions: true,
  capacities: true,
  trainings: true,
  fundings: true,
  contacts: { include: { phones: true } },
  sections: { include: { fields: true } },
} satisfies Prisma.PartnerInclude;

type PartnerRow = Prisma.PartnerGetPayload<{ include: typeof PARTNER_INCLUDE }>;

type CapacityRow = KindedCapacity;
interface TrainingRow {
  position: number;
  name: string;
  durationMonths: number | null;
}
interface FundingRow {
  position: number;
  funderId: number;
  text: string;
  current: boolean;
  programme: string | null;
  inferred: boolean;
}

function scalarsFromReport(p: Partner, editionId: number | null) {
  return {
    slug: p.slug,
    name: p.name,
    displayName: p.displayName,
    acronym: p.acronym,
    category: categoryKey(p.category),
    categoryHeading: p.categoryHeading,
    sectionHeading: p.sectionHeading,
    country: p.country,
    national: p.national,
    nationalText: p.nationalText,
    regionText: p.regionText,
    cities: p.cities,
    cityText: p.cityText,
    structureType: p.structureType,
    supportTypes: p.supportTypes,
    founded: p.founded,
    insertionText: p.insertion?.text ?? null,
    insertionRate: p.insertion?.rate ?? null,
    insertionYear: p.insertion?.year ?? null,
    returneeExperience: p.returneeExperience.value,
    returneeEvidence: p.returneeExperience.evidence,
    costs: p.costs,
    challenges: p.challenges,
    perspectives: p.perspectives,
    websites: p.websites,
    sourceStart: p.lines[0],
    sourceEnd: p.lines[1],
    searchText: "",
    contactSearchText: "",
    editionId,
    /** What the report says of the fiche, `{ snapshot }` (lib/provenance); filled in by desiredState. */
    report: {} as Prisma.InputJsonValue,
  };
}
type PartnerScalars = ReturnType<typeof scalarsFromReport>;

export interface PartnerState {
  scalars: PartnerScalars;
  regions: number[];
  capacities: CapacityRow[];
  trainings: TrainingRow[];
  fundings: FundingRow[];
  contacts: ContactRow[];
  sections: SectionRow[];
}

function capacityRow(kind: CapacityKind, c: Capacity | null): CapacityRow[] {
  if (!c) return [];
  return [{ kind, ...capacityFields(c) }];
}

/** The schema allows one funding per (funder, current): repeated mentions are merged. */
function fundingRows(p: Partner, refs: References): FundingRow[] {
  const rows: FundingRow[] = [];
  for (const f of p.funders) {
    const funderId = refs.funders.get(f.name);
    if (funderId === undefined) continue;
    const same = rows.find((r) => r.funderId === funderId && r.current === f.current);
    if (same) {
      if (!same.text.includes(f.text)) same.text = `${same.text}; ${f.text}`;
      same.programme ??= f.programme;
      // Named once by the fiche itself, the funder is stated, whatever else is inferred.
      same.inferred &&= f.inferred;
      continue;
    }
    rows.push({ position: rows.length, funderId, text: f.text, current: f.current, programme: f.programme, inferred: f.inferred });
  }
  return rows;
}

export function desiredState(p: Partner, refs: References, editionId: number | null): PartnerState {
  const state: PartnerState = {
    scalars: scalarsFromReport(p, editionId),
    regions: regionIds(p.regions, refs.regions),
    capacities: [
      ...capacityRow("absorption", p.absorptionCapacity),
      ...capacityRow("total", p.totalCapacity),
      ...capacityRow("returnee", p.returneeCapacity),
    ],
    trainings: p.trainings.map((t, i) => ({ position: i, name: t.name, durationMonths: t.durationMonths })),
    fundings: fundingRows(p, refs),
    contacts: contactsFromReport(p.contacts),
    sections: sectionsFromReport(p.sections),
  };
  state.scalars.report = { snapshot: reportSnapshot(state, refs) } as unknown as Prisma.InputJsonValue;
  return state;
}

/**
 * The fiche as the report gives it, in the shape of the partner's history
 * (lib/partners/history.ts): what lib/provenance compares an edited value with,
 * and where the report's own text stays after an admin edits the fiche.
 */
function reportSnapshot(state: PartnerState, refs: References): PartnerSnapshot {
  const row = {
    ...state.scalars,
    status: "active",
    regions: state.regions.map((id) => ({ region: { slug: refs.regionSlugs.get(id) } })),
    capacities: state.capacities,
    trainings: state.trainings,
    fundings: state.fundings.map((f) => ({ ...f, funder: { slug: refs.funderSlugs.get(f.funderId), name: refs.funderNames.get(f.funderId) } })),
    contacts: state.contacts,
    sections: state.sections,
  };
  return snapshotOfRow(row as unknown as Parameters<typeof snapshotOfRow>[0]);
}

/**
 * A fiche as the seed writes it: its typed fields as a history snapshot, and its
 * report columns. lib/imports compares a new edition with the database through
 * this, so a field the seed maps is compared without a list of its own.
 */
export function partnerFromReport(p: Partner, refs: References, editionId: number | null) {
  const state = desiredState(p, refs, editionId);
  const { snapshot } = state.scalars.report as unknown as { snapshot: PartnerSnapshot };
  return { state, snapshot };
}

/** The database side in the desired state's shape (same scalar keys, same row forms). */
function currentState(row: PartnerRow, desired: PartnerState): PartnerState {
  const scalars = {} as Record<string, unknown>;
  for (const key of Object.keys(desired.scalars)) scalars[key] = row[key as keyof PartnerRow];
  return {
    scalars: scalars as PartnerScalars,
    regions: sortedIds(row.regions),
    capacities: capacityRows(row.capacities),
    trainings: [...row.trainings]
      .sort((a, b) => a.position - b.position)
      .map((t) => ({ position: t.position, name: t.name, durationMonths: t.durationMonths })),
    fundings: [...row.fundings]
      .sort((a, b) => a.position - b.position)
      .map((f) => ({ position: f.position, funderId: f.funderId, text: f.text, current: f.current, programme: f.programme, inferred: f.inferred })),
    contacts: contactsFromDb(row.contacts),
    sections: sectionsFromDb(row.sections),
  };
}

const COLLECTIONS = ["regions", "capacities", "trainings", "fundings", "contacts", "sections"] as const;

/** What the fiche will hold after this run: the report, except where an admin edited. */
function mergedState(desired: PartnerState, current: PartnerState | undefined, edited: readonly string[]): PartnerState {
  const scalars = { ...desired.scalars };
  for (const key of Object.keys(scalars) as Array<keyof PartnerScalars>) {
    (scalars as Record<string, unknown>)[key] = effective(key, desired.scalars[key], current?.scalars[key], edited);
  }
  const merged = { ...desired, scalars };
  for (const name of COLLECTIONS) (merged as Record<string, unknown>)[name] = effective(name, desired[name], current?.[name], edited);
  return merged;
}

/** The search columns (lib/partners/search-text.ts): the open fiche, and its contact persons apart. */
function searchColumns(state: PartnerState, refs: References): { searchText: string; contactSearchText: string } {
  const texts = buildSearchText({
    name: state.scalars.name,
    displayName: state.scalars.displayName,
    acronym: state.scalars.acronym,
    sections: state.sections,
    trainings: state.trainings,
    funders: state.fundings.flatMap((f) => [refs.funderNames.get(f.funderId) ?? "", f.text, f.programme ?? ""]),
    regions: state.regions.map((id) => refs.regionNames.get(id) ?? ""),
    cities: state.scalars.cities,
    contacts: state.contacts,
  });
  return { searchText: texts.text, contactSearchText: texts.contactText };
}

function nestedWrites(state: Pick<PartnerState, (typeof COLLECTIONS)[number]>, replace: boolean) {
  const wrap = <T>(rows: T[]) => (replace ? { deleteMany: {}, create: rows } : { create: rows });
  return {
    regions: wrap(state.regions.map((regionId) => ({ regionId }))),
    capacities: wrap(state.capacities),
    trainings: wrap(state.trainings),
    fundings: wrap(state.fundings),
    contacts: wrap(contactsCreate(state.contacts)),
    sections: wrap(sectionsCreate(state.sections)),
  };
}

export async function syncPartners(
  tx: Tx,
  partners: Partner[],
  refs: References,
  count: EntityCount,
  editionId: number | null = null,
): Promise<void> {
  const existing = await tx.partner.findMany({
    where: { number: { in: partners.map((p) => p.number) } },
    include: PARTNER_INCLUDE,
  });
  const byNumber = new Map(existing.map((row) => [row.number, row]));

  for (const partner of partners) {
    const desired = desiredState(partner, refs, editionId);
    const row = byNumber.get(partner.number);
    if (!row) {
      Object.assign(desired.scalars, searchColumns(desired, refs));
      await tx.partner.create({ data: { number: partner.number, ...desired.scalars, ...nestedWrites(desired, false) } });
      count.created++;
      continue;
    }

    const edited = row.editedFields;
    const current = currentState(row, desired);
    Object.assign(desired.scalars, searchColumns(mergedState(desired, current, edited), refs));
    const data: Prisma.PartnerUncheckedUpdateInput = scalarChanges(desired.scalars, current.scalars, edited);
    const nested = nestedWrites(desired, true);
    for (const name of COLLECTIONS) {
      if (collectionChange(name, desired[name] as unknown[], current[name] as unknown[], edited)) {
        (data as Record<string, unknown>)[name] = nested[name];
      }
    }
    if (Object.keys(data).length === 0) {
      count.unchanged++;
      continue;
    }
    // A fiche the seed changed is a new version: an admin form opened before it must not overwrite it blindly.
    await tx.partner.update({ where: { id: row.id }, data: { ...data, version: { increment: 1 } } });
    count.updated++;
    count.changes.push(`partner ${partner.number} (${partner.slug}): ${Object.keys(data).join(", ")}`);
  }
}
