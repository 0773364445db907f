/**
 * Mali's regions, and readers for the free-text geography values of the
 * report (Région, Ville, Zone(s) géographique(s)). See docs/report-format.md
 * §4.11: lists mix regions, cercles/towns and prose. Which region a cercle or
 * town belongs to is data, in lib/fiches/gazetteer/mali-places.json.
 */
import gazetteer from "../gazetteer/mali-places.json";
import { COUNTRIES } from "../edition";
import { stripBullet } from "./bullets";
import { fold, squash } from "./text";

interface GazetteerRegion {
  name: string;
  alsoWritten?: string[];
}
interface GazetteerPlace {
  name: string;
  kind: string;
  region: string;
  alsoWritten?: string[];
}

const REGIONS: readonly GazetteerRegion[] = gazetteer.regions;
const PLACES: readonly GazetteerPlace[] = gazetteer.places;

/** The regions (and the District of Bamako), canonical spelling with accents. */
export const MALI_REGIONS: readonly string[] = REGIONS.map((r) => r.name);

/** Folded variant -> canonical region. */
const REGION_VARIANTS: ReadonlyArray<[string, string]> = REGIONS.flatMap((r) =>
  [r.name, ...(r.alsoWritten ?? [])].map((v): [string, string] => [fold(v), r.name]),
);

const REGION_BY_VARIANT = new Map(REGION_VARIANTS);

/** Folded place name (cercle, 2012 region, town, with its other spellings) -> the report's region. */
const REGION_BY_PLACE = new Map(
  PLACES.flatMap((p) => [p.name, ...(p.alsoWritten ?? [])].map((n): [string, string] => [fold(n), p.region])),
);

/** Region words only (no "district de"), longest first so "taoudenit" wins over "taoudeni". */
const REGION_WORDS = REGION_VARIANTS.filter(([v]) => !v.includes(" "))
  .map(([v]) => v)
  .sort((a, b) => b.length - a.length);
const REGION_WORD_RE = new RegExp(`(?<![\\p{L}])(${REGION_WORDS.join("|")})(?![\\p{L}])`, "gu");

/**
 * Canonical region for a name written any way ("SÉGOU", "Segou",
 * "district de Bamako", "Région de Kayes"); null when it is not a region.
 */
export function normaliseRegion(name: string): string | null {
  let f = squash(fold(name)).replace(/[.;:,]+$/, "");
  f = f.replace(/^(?:la |les )?(?:region|regions) (?:de |du |d')?/, "");
  return REGION_BY_VARIANT.get(f) ?? null;
}

/** URL-safe key of a region: "Ségou" -> "segou". */
export function regionSlug(region: string): string {
  return fold(region)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Phrases that mean "the whole country" rather than a list of places.
 * "Présent dans les principales villes des régions" (FP17) is not one: it
 * speaks of the cities of the regions the fiche lists.
 */
const NATIONAL_RE = /\bnational(?:e|es)?\b|toutes les regions|ensemble du (?:territoire|pays)|tout le (?:pays|territoire)/;

/** Countries named beside zones ("projet régional (Niger, Burkina Faso…)"); they are not cities. */
const COUNTRY_NAMES = new Set(COUNTRIES.map(fold));

/** Words that start a capitalised token but never a place name. */
const NOT_PLACE_WORDS = new Set(
  [
    "national", "nationale", "couverture", "multi", "multi-pays", "projet", "budget", "zone", "zones",
    "en", "au", "aux", "le", "la", "les", "un", "une", "des", "total", "ciblage", "si", "present",
    "bureau", "ensemble", "toutes", "principales", "phase", "communes", "cercle", "cercles", "region",
    "regions", "district", "villes", "ville", "nord", "sud", "centre", "est", "ouest",
  ].map(fold),
);

/** Leading words that introduce a place: "Région de", "cercle de", "Zone urbaine … de". */
const PLACE_PREFIX_RE =
  /^(?:(?:la |les |le )?(?:regions?|district|cercles?|communes?|villes?|zones? [\p{L}' ]*?) (?:de |du |des |d')|l'agglomeration du grand |agglomeration du grand |grand |et de |de |d')/u;

/** One to three capitalised words, hyphenated parts capitalised too ("Gourma-Rharous", not "Agro-entreprises"). */
const PLACE_TOKEN_RE = /^\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)*(?: \p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)*){0,2}$/u;

/** Split a list value into candidate items: commas, semicolons, bullets, slashes, " et ", brackets. */
function splitItems(text: string): string[] {
  return text
    .split(/[\n,;/•()\[\]]|\s[–—-]\s|\set\s|\s:\s?|:\s|\.\s|\.$/u)
    .map((t) => squash(stripBullet(t)))
    .filter((t) => t.length > 0);
}

/** Strip introducing words and return the place-looking remainder, or null. */
function placeOf(item: string): string | null {
  let rest = item;
  for (let i = 0; i < 3; i++) {
    const m = PLACE_PREFIX_RE.exec(fold(rest));
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  rest = squash(rest);
  // Upper-case tokens are project acronyms (PAFEEM, MLI), unless they spell a region.
  if (/^[\p{Lu}\d-]+$/u.test(rest)) return normaliseRegion(rest);
  if (!PLACE_TOKEN_RE.test(rest)) return null;
  const first = fold(rest.split(/[ -]/)[0]);
  if (NOT_PLACE_WORDS.has(first) || COUNTRY_NAMES.has(fold(rest))) return null;
  return rest;
}

export interface RegionsResult {
  /** Canonical regions, in order of first mention (directly or through a place of the gazetteer), without duplicates. */
  regions: string[];
  /** The value speaks of the whole country. */
  national: boolean;
  /** Places of the gazetteer the value names, each with its region ("Kita" -> Kayes), in order. */
  places: { name: string; region: string }[];
  /** Place names neither a region nor in the gazetteer, as written, in order. */
  unknown: string[];
}

/** The report's region of a cercle, a 2012 region or a town of the gazetteer; null when unknown. */
export function regionOfPlace(name: string): string | null {
  const place = squash(fold(name))
    .replace(/[.;:,]+$/, "")
    .replace(/^(?:la |les |le )?(?:regions?|cercles?|communes?|villes?) (?:de |du |d')?/, "");
  return normaliseRegion(name) ?? REGION_BY_PLACE.get(place) ?? null;
}

/**
 * Read a geography value: "Bamako, Sikasso, Mopti et Ségou", "Couverture
 * nationale", "Tombouctou, Gao, Mopti, Sikasso, Kita, Bamako" (Kita -> Kayes).
 */
export function parseRegions(text: string): RegionsResult {
  const folded = fold(text);
  const national = NATIONAL_RE.test(folded);
  const mentions: { at: number; region: string }[] = [];
  for (const m of folded.matchAll(REGION_WORD_RE)) {
    const canonical = normaliseRegion(m[1]);
    if (canonical) mentions.push({ at: m.index ?? 0, region: canonical });
  }
  const unknown: string[] = [];
  const places: RegionsResult["places"] = [];
  const seen = new Set<string>();
  for (const item of splitItems(text)) {
    const place = placeOf(item);
    if (!place) continue;
    // "Sikasso-Bamako-Koulikoro" is three regions, not a town.
    const parts = place.split("-");
    if (normaliseRegion(place) || (parts.length > 1 && parts.every((p) => normaliseRegion(p)))) continue;
    // "Kayes Koulikoro" (a missing comma): every word a region.
    if (place.split(" ").every((w) => normaliseRegion(w))) continue;
    const key = fold(place);
    if (seen.has(key)) continue;
    seen.add(key);
    const region = REGION_BY_PLACE.get(key);
    if (region) {
      places.push({ name: place, region });
      mentions.push({ at: folded.indexOf(key), region });
    } else unknown.push(place);
  }
  const regions: string[] = [];
  for (const { region } of mentions.sort((a, b) => a.at - b.at)) if (!regions.includes(region)) regions.push(region);
  return { regions, national, places, unknown };
}

/**
 * Place names of a Ville value: "Bamako et Ségou" -> both; "National" -> [];
 * prose such as "Bureau de coordination à Bamako" -> ["Bamako"].
 */
export function parseCities(text: string): string[] {
  const out: string[] = [];
  const add = (p: string) => {
    const name = normaliseRegion(p) ?? p;
    if (!out.some((o) => fold(o) === fold(name))) out.push(name);
  };
  if (NATIONAL_RE.test(fold(text)) && !/\sà\s/u.test(text)) return [];
  for (const item of splitItems(text)) {
    const place = placeOf(item);
    if (place) {
      const parts = place.split("-");
      if (parts.length > 1 && parts.every((p) => normaliseRegion(p))) parts.forEach(add);
      else add(place);
      continue;
    }
    // Prose: take the capitalised place after " à " ("établi à Bamako").
    for (const m of item.matchAll(/(?:^|\s)à\s(\p{Lu}[\p{L}'’-]+)/gu)) add(m[1]);
  }
  return out;
}
