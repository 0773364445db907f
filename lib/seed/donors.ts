/**
 * Actor fiches -> "donor" and its children, with the same rules as partners:
 * matched by fiche number, only differences written, `editedFields` (scalar
 * column names, or "regions", "projects", "contacts", "sections") left alone.
 */
import type { Prisma } from "../db/generated/client";
import { canonicalFunder } from "../fiches/values/funders";
import { projectFields, type ProjectFields } from "../donors/projects";
import type { Actor, ActorProject, MoneyPart } from "../fiches/types";
import { budgetParts } from "../donors/projects";
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
import { collectionChange, scalarChanges } from "./diff";
import type { References } from "./reference";

type Tx = Prisma.TransactionClient;

export const DONOR_INCLUDE = {
  regions: true,
  projects: { include: { regions: true } },
  contacts: { include: { phones: true } },
  sections: { include: { fields: true } },
} satisfies Prisma.DonorInclude;

export type DonorRow = Prisma.DonorGetPayload<{ include: typeof DONOR_INCLUDE }>;

/** The canonical funder an actor fiche describes (AFD's fiche -> "AFD"), if it is one. */
export function actorFunderName(actor: Actor): string | null {
  return (actor.acronym && canonicalFunder(actor.acronym)) || canonicalFunder(actor.name) || canonicalFunder(actor.displayName);
}

export type ProjectRow = ProjectFields & {
  position: number;
  /** Fixed two decimals, as the Decimal(20, 2) column stores it. */
  budgetAmount: string | null;
  budgetCurrency: string | null;
  budgetText: string | null;
  budgetParts: MoneyPart[];
  startLine: number | null;
  endLine: number | null;
  regions: number[];
};

function projectFromReport(p: ActorProject, position: number, refs: References): ProjectRow {
  return {
    position,
    ...projectFields(p),
    budgetAmount: p.budget?.amount == null ? null : p.budget.amount.toFixed(2),
    budgetCurrency: p.budget?.currency ?? null,
    budgetText: p.budget?.text ?? null,
    budgetParts: p.budget?.parts ?? [],
    startLine: p.lines[0],
    endLine: p.lines[1],
    regions: regionIds(p.zones, refs.regions),
  };
}

function projectFromDb(p: DonorRow["projects"][number]): ProjectRow {
  return {
    position: p.position,
    ...projectFields(p),
    budgetAmount: p.budgetAmount === null ? null : p.budgetAmount.toFixed(2),
    budgetCurrency: p.budgetCurrency,
    budgetText: p.budgetText,
    budgetParts: budgetParts(p.budgetParts),
    startLine: p.startLine,
    endLine: p.endLine,
    regions: sortedIds(p.regions),
  };
}

function scalarsFromReport(a: Actor, funderId: number | null) {
  return {
    slug: a.slug,
    name: a.name,
    displayName: a.displayName,
    acronym: a.acronym,
    country: a.country,
    national: a.national,
    regionText: a.regionText,
    themes: a.themes,
    anchoring: a.anchoring,
    referral: a.referral,
    perspectives: a.perspectives,
    remarks: a.remarks,
    websites: a.websites,
    funderId,
    sourceStart: a.lines[0],
    sourceEnd: a.lines[1],
  };
}

export interface DonorState {
  scalars: ReturnType<typeof scalarsFromReport>;
  regions: number[];
  projects: ProjectRow[];
  contacts: ContactRow[];
  sections: SectionRow[];
}

const COLLECTIONS = ["regions", "projects", "contacts", "sections"] as const;

export function currentDonorState(row: DonorRow, desired: DonorState): DonorState {
  const scalars = {} as Record<string, unknown>;
  for (const key of Object.keys(desired.scalars)) scalars[key] = row[key as keyof DonorRow];
  return {
    scalars: scalars as DonorState["scalars"],
    regions: sortedIds(row.regions),
    projects: [...row.projects].sort((a, b) => a.position - b.position).map(projectFromDb),
    contacts: contactsFromDb(row.contacts),
    sections: sectionsFromDb(row.sections),
  };
}

function nestedWrites(state: DonorState, replace: boolean) {
  const wrap = <T>(rows: T[]) => (replace ? { deleteMany: {}, create: rows } : { create: rows });
  return {
    regions: wrap(state.regions.map((regionId) => ({ regionId }))),
    projects: wrap(
      state.projects.map(({ regions, budgetParts, ...p }) => ({
        ...p,
        budgetParts: budgetParts as unknown as Prisma.InputJsonValue,
        regions: { create: regions.map((regionId) => ({ regionId })) },
      })),
    ),
    contacts: wrap(contactsCreate(state.contacts)),
    sections: wrap(sectionsCreate(state.sections)),
  };
}

/** An actor fiche as the seed writes it (lib/imports compares new editions through this). */
export function donorFromReport(actor: Actor, refs: References, funderId: number | null): DonorState {
  return {
    scalars: scalarsFromReport(actor, funderId),
    regions: regionIds(actor.regions, refs.regions),
    projects: actor.projects.map((p, i) => projectFromReport(p, i, refs)),
    contacts: contactsFromReport(actor.contacts),
    sections: sectionsFromReport(actor.sections),
  };
}

export interface DonorSyncOptions {
  /** Per fiche number, names to leave as they are besides the admin's edits (an import's rejected changes). */
  keep?: ReadonlyMap<number, readonly string[]>;
}

export async function syncDonors(
  tx: Tx,
  actors: Actor[],
  refs: References,
  count: EntityCount,
  options: DonorSyncOptions = {},
): Promise<void> {
  const existing = await tx.donor.findMany({ where: { number: { not: null } }, include: DONOR_INCLUDE });
  const byNumber = new Map(existing.map((row) => [row.number, row]));
  // Donor.funderId is unique: a funder already linked to another donor stays with it.
  const funderOwner = new Map(existing.filter((d) => d.funderId !== null).map((d) => [d.funderId as number, d.number]));

  for (const actor of actors) {
    const name = actorFunderName(actor);
    let funderId = name ? (refs.funders.get(name) ?? null) : null;
    const owner = funderId === null ? undefined : funderOwner.get(funderId);
    if (funderId !== null && owner !== undefined && owner !== actor.number) funderId = null;
    if (funderId !== null) funderOwner.set(funderId, actor.number);

    const desired = donorFromReport(actor, refs, funderId);
    const row = byNumber.get(actor.number);
    if (!row) {
      await tx.donor.create({ data: { number: actor.number, ...desired.scalars, ...nestedWrites(desired, false) } });
      count.created++;
      continue;
    }

    const edited = [...row.editedFields, ...(options.keep?.get(actor.number) ?? [])];
    const current = currentDonorState(row, desired);
    const data: Prisma.DonorUncheckedUpdateInput = scalarChanges(desired.scalars, current.scalars, edited);
    const nested = nestedWrites(desired, true);
    for (const collection of COLLECTIONS) {
      if (collectionChange(collection, desired[collection] as unknown[], current[collection] as unknown[], edited)) {
        (data as Record<string, unknown>)[collection] = nested[collection];
      }
    }
    if (Object.keys(data).length === 0) {
      count.unchanged++;
      continue;
    }
    await tx.donor.update({ where: { id: row.id }, data: { ...data, version: { increment: 1 } } });
    count.updated++;
    count.changes.push(`donor ${actor.number} (${actor.slug}): ${Object.keys(data).join(", ")}`);
  }
}
