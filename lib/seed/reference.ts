/**
 * Reference rows every fiche points at: Mali's regions and the canonical funders.
 * Both are keyed by name; the seed resolves names to ids through the maps returned here.
 */
import type { Prisma } from "../db/generated/client";
import { MALI_REGIONS, regionSlug } from "../fiches/values/regions";
import type { EntityCount } from "./counts";

type Tx = Prisma.TransactionClient;

/** Name <-> id lookups for the rows every fiche points at. */
export interface References {
  regions: Map<string, number>;
  regionNames: Map<number, string>;
  regionSlugs: Map<number, string>;
  funders: Map<string, number>;
  funderNames: Map<number, string>;
  funderSlugs: Map<number, string>;
}

export function references(regions: Map<string, number>, funders: FunderIds): References {
  const regionNames = new Map([...regions].map(([name, id]) => [id, name]));
  const regionSlugs = new Map([...regions].map(([name, id]) => [id, regionSlug(name)]));
  return { regions, regionNames, regionSlugs, funders: funders.ids, funderNames: funders.names, funderSlugs: funders.slugs };
}

export async function syncRegions(tx: Tx, count: EntityCount): Promise<Map<string, number>> {
  const existing = await tx.region.findMany();
  const byName = new Map(existing.map((r) => [r.name, r]));
  for (const name of MALI_REGIONS) {
    const slug = regionSlug(name);
    const row = byName.get(name);
    if (!row) {
      byName.set(name, await tx.region.create({ data: { name, slug } }));
      count.created++;
    } else if (row.slug !== slug) {
      await tx.region.update({ where: { id: row.id }, data: { slug } });
      count.updated++;
    } else {
      count.unchanged++;
    }
  }
  return new Map([...byName].map(([name, row]) => [name, row.id]));
}

export interface DesiredFunder {
  name: string;
  slug: string;
  /** From the funder vocabulary, else the title of the donor fiche describing it. */
  fullName: string | null;
  kind: string;
}

export interface FunderIds {
  /** Every name the report uses -> its funder row (names differing only in case share one). */
  ids: Map<string, number>;
  /** Funder row -> the name it is stored under. */
  names: Map<number, string>;
  /** Funder row -> its slug. */
  slugs: Map<number, string>;
}

/**
 * One row per funder slug: names the parser keeps as written ("DFA communication",
 * "DFA Communication") fold into the first one met. A funder no fiche mentions
 * any more is kept (fundings an admin added may point at it).
 */
export async function syncFunders(tx: Tx, desired: DesiredFunder[], count: EntityCount): Promise<FunderIds> {
  const bySlug = new Map((await tx.funder.findMany()).map((f) => [f.slug, f]));
  const wanted = new Map<string, DesiredFunder>();
  const ids = new Map<string, number>();
  for (const funder of desired) {
    const first = wanted.get(funder.slug);
    if (!first) wanted.set(funder.slug, { ...funder });
    else first.fullName ??= funder.fullName;
  }
  for (const funder of wanted.values()) {
    const row = bySlug.get(funder.slug);
    if (!row) {
      const created = await tx.funder.create({ data: funder });
      bySlug.set(created.slug, created);
      count.created++;
      continue;
    }
    // A full name the report does not give is kept (an admin may have set it).
    const fullName = funder.fullName ?? row.fullName;
    if (row.name !== funder.name || row.fullName !== fullName || row.kind !== funder.kind) {
      bySlug.set(row.slug, await tx.funder.update({ where: { id: row.id }, data: { name: funder.name, fullName, kind: funder.kind } }));
      count.updated++;
      count.changes.push(`funder ${row.slug}: ${row.name} (${row.kind}) -> ${funder.name} (${funder.kind})`);
    } else {
      count.unchanged++;
    }
  }
  for (const funder of desired) ids.set(funder.name, bySlug.get(funder.slug)!.id);
  const rows = [...bySlug.values()];
  return { ids, names: new Map(rows.map((f) => [f.id, f.name])), slugs: new Map(rows.map((f) => [f.id, f.slug])) };
}

/**
 * The references a load of `desired` would produce, read without writing
 * anything: a region or funder the database lacks gets a provisional negative
 * id (lib/imports compares a new edition before it is applied). Funders fold
 * by slug exactly as {@link syncFunders} folds them.
 */
export async function plannedReferences(tx: Tx, desired: DesiredFunder[]): Promise<References> {
  let provisional = 0;
  const regionRows = new Map((await tx.region.findMany()).map((r) => [r.name, r.id]));
  for (const name of MALI_REGIONS) if (!regionRows.has(name)) regionRows.set(name, --provisional);

  const bySlug = new Map((await tx.funder.findMany({ select: { id: true, slug: true, name: true } })).map((f) => [f.slug, f]));
  const ids = new Map<string, number>();
  for (const funder of desired) {
    let row = bySlug.get(funder.slug);
    if (!row) {
      row = { id: --provisional, slug: funder.slug, name: funder.name };
      bySlug.set(funder.slug, row);
    }
    ids.set(funder.name, row.id);
  }
  // A load renames a funder to the first name the report gives it.
  const names = new Map<number, string>();
  for (const funder of desired) {
    const id = bySlug.get(funder.slug)!.id;
    if (!names.has(id)) names.set(id, funder.name);
  }
  const rows = [...bySlug.values()];
  for (const f of rows) if (!names.has(f.id)) names.set(f.id, f.name);
  return references(regionRows, { ids, names, slugs: new Map(rows.map((f) => [f.id, f.slug])) });
}
