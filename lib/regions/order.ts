import { compareFrench } from "../i18n/french-order";

/** Regions in French alphabetical order (the database's would put "Ménaka" after "Mopti"). */
export function inFrenchOrder<T extends { name: string }>(regions: readonly T[]): T[] {
  return [...regions].sort((a, b) => compareFrench(a.name, b.name));
}
