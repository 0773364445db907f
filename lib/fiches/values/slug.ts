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
