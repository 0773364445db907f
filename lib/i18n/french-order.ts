/**
 * French alphabetical order, for every list of names the app sorts (regions,
 * funders, partners, facet values). The database's collation (C) would put
 * "Ménaka" after "Mopti" and "Élan" after "Zèbre"; people read lists the French way.
 *
 * One collator for the process: `a.localeCompare(b, "fr")` builds its collator
 * on every call, ~1.5 µs each; sorting a funder's 3,000 partners took ~4 ms
 * (docs/benchmarks.md, "A funder's partners, the first ones only"). Accents and
 * case rank as their letter ("base"): names equal but for them tie, and the
 * caller's next key decides.
 */
const french = new Intl.Collator("fr", { sensitivity: "base" });

/** Compares two texts in French alphabetical order (a sort comparator). */
export function compareFrench(a: string, b: string): number {
  return french.compare(a, b);
}
