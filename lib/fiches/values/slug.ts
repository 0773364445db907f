/**
 * URL slugs and acronyms of fiche titles. Titles are upper case with accents
 * dropped inconsistently (docs/report-format.md §4.6), so slugs fold accents away.
 */
import { fold } from "./text";

const MAX_SLUG = 80;

/** "Centre Père Michel (CPM)" -> "centre-pere-michel-cpm"; at most 80 characters, cut at a hyphen. */
export function slugify(s: string): string {
  const slug = fold(s)
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/&/g, " et ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG)).replace(/-+$/, "");
}

/**
 * Slugs no fiche (partner or donor) may take: the static routes beside a
 * fiche's `[slug]` (app/partners/(list)/facets is /partners/facets,
 * app/admin/partners/new is /admin/partners/new). A partner named "Facets"
 * would otherwise get a fiche hidden behind the route. slug.test.ts reads app/
 * and fails when a new static route is missing here.
 */
export const RESERVED_SLUGS: readonly string[] = ["facets", "new"];
const RESERVED = new Set(RESERVED_SLUGS);

/**
 * The slug a new fiche takes: `base` (`fallback` when empty), else the first of
 * `base-2`, `base-3`… that is neither `taken` nor reserved. The same base and
 * taken set always give the same slug.
 */
export function freeSlug(base: string, taken: ReadonlySet<string>, fallback = "fiche"): string {
  const root = base || fallback;
  let slug = root;
  for (let i = 2; taken.has(slug) || RESERVED.has(slug); i++) slug = `${root}-${i}`;
  return slug;
}

/** An acronym: 2–12 capitals, digits, "&", "-" or "/", with at least two capitals. */
const ACRONYM_RE = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d&/-]{2,12}$/u;

/**
 * The acronym of a title: the last bracketed acronym ("CFP SENOU (CFPS)" ->
 * "CFPS"), or the title itself when it is one word of capitals ("UNICEF").
 * "GROUPE BANQUE MONDIALE" has none.
 */
export function extractAcronym(title: string): string | null {
  const bracketed = [...title.matchAll(/\(([^()]+)\)/g)].map((m) => m[1].trim());
  for (const candidate of bracketed.reverse()) if (ACRONYM_RE.test(candidate)) return candidate;
  const t = title.trim();
  if (!t.includes(" ") && ACRONYM_RE.test(t)) return t;
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The word as a whole token, any case: "SAER-EMPLOI" finds "SAER-Emploi" but
 * not "SAER-Emploi2"; never inside an address ("bamako@unicef.org", "www.giz.de").
 */
const tokenRe = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}&@./-])${escapeRe(word)}(?![\\p{L}\\p{N}&@-]|\\.\\p{L})`, "giu");

/**
 * The fiche's acronym as the fiche writes it. Headings are all capitals, so a
 * one-word heading (CREATEAM, SWISSCONTACT, DONILAB) is an acronym only when
 * the fiche never writes the word in lower case (UNICEF, COOPI); and a
 * bracketed acronym keeps the display line's casing ("SAER-EMPLOI" in the
 * heading, "SAER-Emploi" on the line under it).
 */
export function ficheAcronym(title: string, displayName: string, texts: readonly string[]): string | null {
  const candidate = extractAcronym(title);
  if (!candidate) return null;
  const written = [displayName, ...texts].flatMap((t) => [...t.matchAll(tokenRe(candidate))].map((m) => m[0]));
  if (candidate === title.trim() && written.some((w) => /\p{Ll}/u.test(w))) return null;
  const onDisplayLine = [...displayName.matchAll(tokenRe(candidate))][0]?.[0];
  return onDisplayLine ?? candidate;
}
