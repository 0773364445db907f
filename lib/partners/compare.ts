import "server-only";
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import { isSlug } from "../directory/slug";
import { activeFiches } from "../directory/visibility";
import { getPartnerBySlug } from "./detail-queries";
import { parsePartnerFiltersLeniently } from "./filters";
import { listPartners } from "./queries";
import { MAX_COMPARED, MIN_COMPARED } from "./compare-link";
import type { PartnerDetail } from "./types";
import { compareFrench } from "../i18n/french-order";

/**
 * Side-by-side comparison of 2 to 4 partner fiches (/compare?partners=a,b).
 * The comparison itself is pure (compareValues, markRow); only the reads touch the database.
 */

export { MIN_COMPARED, MAX_COMPARED } from "./compare-link";

export type CompareSelection =
  | { ok: true; slugs: string[] }
  | { ok: false; reason: "count" | "invalid"; slugs: string[] };

/**
 * `partners` as the URL gives it: "a,b" or repeated (?partners=a&partners=b, which
 * the no-JS picker form sends), blanks and repeats dropped, order kept.
 */
export function parseCompareSelection(param: string | string[] | undefined): CompareSelection {
  const raw = (Array.isArray(param) ? param : param ? [param] : []).flatMap((p) => p.split(","));
  const slugs = [...new Set(raw.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  if (slugs.some((s) => !isSlug(s))) return { ok: false, reason: "invalid", slugs: slugs.filter(isSlug) };
  if (slugs.length < MIN_COMPARED || slugs.length > MAX_COMPARED) return { ok: false, reason: "count", slugs };
  return { ok: true, slugs };
}

/** The rows of the comparison, in display order. */
export const COMPARE_ROWS = [
  "category",
  "regions",
  "absorption",
  "total",
  "returneeCapacity",
  "insertion",
  "returneeExperience",
  "funders",
  "trainings",
  "costs",
  "structureType",
  "founded",
  "contacts",
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** A value reduced to what makes two fiches the same or different on that row; null when missing. */
export function comparableValue(row: CompareRow, p: PartnerDetail): string | null {
  const capacity = (c: PartnerDetail["capacities"]["absorption"]) =>
    c ? (c.unlimited ? "unlimited" : c.max != null || c.min != null ? `${c.min ?? ""}-${c.max ?? ""} ${c.per ?? ""} ${c.period ?? ""}` : c.text) : null;
  switch (row) {
    case "category":
      return p.category;
    case "regions":
      return p.national || p.regions.length > 0 ? [p.national ? "national" : "", ...p.regions.map((r) => r.slug)].join(",") : null;
    case "absorption":
      return capacity(p.capacities.absorption);
    case "total":
      return capacity(p.capacities.total);
    case "returneeCapacity":
      return capacity(p.capacities.returnee);
    case "insertion":
      return p.insertion ? (p.insertion.rate != null ? String(p.insertion.rate) : p.insertion.text) : null;
    case "returneeExperience":
      return p.returneeExperience.value === "unknown" ? null : p.returneeExperience.value;
    case "funders":
      return p.funders.length > 0 ? [...new Set(p.funders.filter((f) => f.current).map((f) => f.slug))].sort().join(",") || "past-only" : null;
    case "trainings":
      return p.trainings.length > 0 ? p.trainings.map((t) => t.name.toLowerCase()).sort().join("|") : null;
    case "costs":
      return p.costs;
    case "structureType":
      return p.structureType;
    case "founded":
      return p.founded == null ? null : String(p.founded);
    case "contacts":
      return p.contacts.count > 0 ? String(p.contacts.count) : null;
  }
}

/**
 * The facts an analyst weighs when choosing between partners (issue 12): only
 * these rows flag differences. The other rows describe the fiche (category,
 * funders, courses...) and nearly always differ, so flagging them would drown
 * the differences that matter.
 */
export const COMPARED_FACTS: ReadonlySet<CompareRow> = new Set<CompareRow>([
  "regions",
  "absorption",
  "total",
  "returneeCapacity",
  "insertion",
  "returneeExperience",
  "costs",
]);

/** markRow for a row of the table: descriptive rows flag gaps only, never differences. */
export function markCompareRow(row: CompareRow, values: readonly (string | null)[]): { differs: boolean[]; missing: boolean[] } {
  const marks = markRow(values);
  return COMPARED_FACTS.has(row) ? marks : { differs: marks.differs.map(() => false), missing: marks.missing };
}

/**
 * Which cells to flag. A cell differs when the row is not the same everywhere and
 * no other fiche shares its value (with A, A, B only B stands out); a missing
 * value is flagged as missing, not as a difference.
 */
export function markRow(values: readonly (string | null)[]): { differs: boolean[]; missing: boolean[] } {
  const missing = values.map((v) => v == null);
  const distinct = new Set(values.map((v) => v ?? "\u0000missing"));
  const differs = values.map(
    (v, i) => v != null && distinct.size > 1 && !values.some((other, j) => j !== i && other === v),
  );
  return { differs, missing };
}

/** The fiches to compare, in the order asked; `unknown` lists the slugs no visible fiche has. */
export async function getPartnersForCompare(
  slugs: readonly string[],
  viewer: Viewer,
): Promise<{ partners: PartnerDetail[]; unknown: string[] }> {
  const found = await Promise.all(slugs.slice(0, MAX_COMPARED).map((s) => getPartnerBySlug(s, viewer)));
  return {
    partners: found.filter((p): p is PartnerDetail => p !== null),
    unknown: slugs.filter((_, i) => found[i] === null),
  };
}

/**
 * Up to this many active partners, the picker lists every one in each of its
 * four selects (the report's 37: pick by name, no typing). A longer directory
 * is searched instead: at 10,000 partners the four lists made a 10 MB page
 * (docs/benchmarks.md, "The compare page's picker").
 */
export const PICKER_LIST_MAX = 200;
/** How many matches one search of the picker offers. */
export const PICKER_MATCHES = 10;

export interface CompareOption {
  slug: string;
  name: string;
}

/**
 * What the picker shows: every partner (`list`), or, for a long directory
 * (`search`), the partners already chosen with their names, the search asked
 * (`find`) and its best matches.
 */
export type ComparePicker =
  | { mode: "list"; options: CompareOption[] }
  | { mode: "search"; chosen: CompareOption[]; find: string | null; matches: CompareOption[] };

const OPTION_SELECT = { slug: true, name: true, displayName: true, acronym: true } as const;

function toOption(r: { slug: string; name: string; displayName: string | null; acronym: string | null }): CompareOption {
  const name = r.displayName || r.name;
  return { slug: r.slug, name: r.acronym && !name.includes(r.acronym) ? `${name} (${r.acronym})` : name };
}

const byName = (a: CompareOption, b: CompareOption) => compareFrench(a.name, b.name);

/**
 * The picker for a selection (`chosen`, slugs) and a search of the picker
 * (`find`, the `?find=` of the page, read as the list's `q`: same bounds, same
 * search, same viewer scope). A directory of at most `listMax` active partners
 * is listed whole (name order, French collation); it is counted by reading one
 * row more than that, never the whole table.
 */
export async function loadComparePicker(
  chosen: readonly string[],
  find: string | string[] | undefined,
  viewer: Viewer,
  listMax = PICKER_LIST_MAX,
): Promise<ComparePicker> {
  const db = getDb();
  const rows = await db.partner.findMany({ where: activeFiches, select: OPTION_SELECT, take: listMax + 1 });
  if (rows.length <= listMax) return { mode: "list", options: rows.map(toOption).sort(byName) };
  const { data } = parsePartnerFiltersLeniently({ q: find });
  const [named, matches] = await Promise.all([
    chosen.length ? db.partner.findMany({ where: { ...activeFiches, slug: { in: [...chosen] } }, select: OPTION_SELECT }) : [],
    data.q ? listPartners({ ...data, pageSize: PICKER_MATCHES }, viewer) : null,
  ]);
  const bySlug = new Map(named.map((r) => [r.slug, toOption(r)]));
  return {
    mode: "search",
    chosen: chosen.flatMap((slug) => bySlug.get(slug) ?? []),
    find: data.q,
    matches: matches ? matches.items.map(toOption) : [],
  };
}
