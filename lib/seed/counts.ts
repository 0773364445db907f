/** What a seed run did, per entity: the figures it prints and records in SeedRun. */

export interface EntityCount {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows removed because the report no longer has them (table rows, projects are children and not counted). */
  deleted: number;
  /** What was updated and why, e.g. "partner 12 (cfp-x): insertionRate, sections". */
  changes: string[];
}

export const SEED_ENTITIES = ["regions", "funders", "partners", "donors", "interviews", "documents"] as const;
export type SeedEntity = (typeof SEED_ENTITIES)[number];
export type SeedCounts = Record<SeedEntity, EntityCount>;

export function emptyCounts(): SeedCounts {
  const counts = {} as SeedCounts;
  for (const entity of SEED_ENTITIES) counts[entity] = { created: 0, updated: 0, unchanged: 0, deleted: 0, changes: [] };
  return counts;
}

export function addCounts(into: SeedCounts, from: SeedCounts): SeedCounts {
  for (const entity of SEED_ENTITIES) {
    into[entity].created += from[entity].created;
    into[entity].updated += from[entity].updated;
    into[entity].unchanged += from[entity].unchanged;
    into[entity].deleted += from[entity].deleted;
    into[entity].changes.push(...from[entity].changes);
  }
  return into;
}

export function somethingChanged(counts: SeedCounts): boolean {
  return SEED_ENTITIES.some((e) => counts[e].created + counts[e].updated + counts[e].deleted > 0);
}

/** "partners     37 created, 0 updated, 0 unchanged" — one line per entity. */
export function formatCounts(counts: SeedCounts): string[] {
  return SEED_ENTITIES.map((entity) => {
    const c = counts[entity];
    const deleted = c.deleted ? `, ${c.deleted} deleted` : "";
    return `${entity.padEnd(11)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged${deleted}`;
  });
}
