/**
 * Regions in French alphabetical order. The database collation (C) would put
 * "Ménaka" after "Mopti"; people read lists the French way.
 */
export function inFrenchOrder<T extends { name: string }>(regions: readonly T[]): T[] {
  return [...regions].sort((a, b) => a.name.localeCompare(b.name, "fr", { sensitivity: "base" }));
}
