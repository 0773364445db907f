/**
 * The realistic mix of issue 8: distinct list URLs (filters, searches, sorts,
 * pages) sent in rotation, so that the bench measures the directory as people
 * use it and not one URL served from a cache. Generated from a seed: every run
 * (and every machine) measures the same URLs.
 *
 * Pages beyond the first only for views broad enough to have them at 10,000
 * partners (no search, at most one filter), so that no URL is a redirect past
 * the last page.
 */
import { MALI_REGIONS, regionSlug } from "../../lib/fiches/values/regions";
import { PARTNER_CATEGORIES, RETURNEE_VALUES, SORTS } from "../../lib/partners/filter-params";

/** Words people search for: common ones (in most fiches) and selective ones, names, a partial name, a typo. */
export const MIX_WORDS = [
  "formation",
  "agriculture",
  "couture",
  "menuiserie",
  "jeunes",
  "femmes",
  "financement",
  "élevage",
  "informatique",
  "microcrédit",
  "soudure",
  "missab",
  "agrivision",
  "insertion professionnelle",
  "apprentissage",
  "coopérative",
  "bamako",
  "formaiton",
] as const;

/** mulberry32: a small, fast, seeded PRNG (same seed, same sequence, everywhere). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct `/partners?…` URLs, the same for the same seed. */
export function mixUrls(count = 200, seed = 8): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const regions = MALI_REGIONS.map(regionSlug);
  const urls = new Set<string>();
  for (let attempt = 0; urls.size < count; attempt++) {
    if (attempt > count * 100) throw new Error(`could not make ${count} distinct URLs`);
    const params = new URLSearchParams();
    const search = random() < 0.45;
    if (search) params.set("q", pick(MIX_WORDS));
    let filters = 0;
    if (random() < 0.55) {
      params.append("region", pick(regions));
      filters++;
      if (random() < 0.15) params.append("region", pick(regions));
    }
    if (random() < 0.35) {
      params.set("category", pick(PARTNER_CATEGORIES));
      filters++;
    }
    if (random() < 0.25) {
      params.set("returnees", pick(RETURNEE_VALUES));
      filters++;
    }
    if (random() < 0.4) params.set("sort", pick(SORTS.filter((s) => search || s !== "relevance")));
    if (!search && filters <= 1 && random() < 0.35) params.set("page", String(2 + Math.floor(random() * 3)));
    const query = params.toString();
    urls.add(query ? `/partners?${query}` : "/partners");
  }
  return [...urls];
}
