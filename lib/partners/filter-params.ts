/**
 * The partner list's parameters as data: vocabularies, the parsed shape, and
 * its URL form. No zod here: client components import this module, and the
 * list page must stay light (lib/partners/filters.ts parses).
 */
import type { PartnerCategory } from "../fiches/values/categories";
import { regionSlug } from "../fiches/values/regions";
import { sortValues } from "../table-sort";

export { PARTNER_CATEGORIES, type PartnerCategory } from "../fiches/values/categories";

export const RETURNEE_VALUES = ["yes", "past", "no", "unknown"] as const;
export type ReturneeValue = (typeof RETURNEE_VALUES)[number];

export const SORT_KEYS = ["name", "category", "capacity", "insertion", "number", "verified"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** lib/table-sort.ts's convention (`key`, `-key`), plus relevance for a search. */
export const SORTS = ["relevance", ...sortValues(SORT_KEYS)] as const;
export type PartnerSort = (typeof SORTS)[number];

/** The list's columns; `name` is always shown (it is the row's link). */
export const PARTNER_COLUMNS = ["name", "category", "regions", "capacity", "insertion", "returnees", "returneeCapacity", "funders", "verified"] as const;
export type PartnerColumn = (typeof PARTNER_COLUMNS)[number];
export const DEFAULT_COLUMNS: readonly PartnerColumn[] = PARTNER_COLUMNS;

export const EXPORT_FORMATS = ["json", "csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MAX_QUERY_LENGTH = 200;
/** A fiche not confirmed for this long counts as unverified (issue 10: "not verified for 12 months"). */
export const VERIFICATION_MAX_AGE_MONTHS = 12;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export interface PartnerFilters {
  q: string | null;
  /** Canonical region names ("Ségou"), as stored in region.name. */
  regions: string[];
  categories: PartnerCategory[];
  /** Funder slugs. */
  funders: string[];
  course: string | null;
  returnees: ReturneeValue[];
  minCapacity: number | null;
  hasInsertion: boolean | null;
  /** Only fiches an admin has not confirmed for VERIFICATION_MAX_AGE_MONTHS (or never). */
  unverified: boolean;
  sort: PartnerSort;
  page: number;
  pageSize: number;
  format: ExportFormat;
  /** Visible columns; null means the default set. */
  columns: PartnerColumn[] | null;
}

export const DEFAULT_FILTERS: PartnerFilters = {
  q: null,
  regions: [],
  categories: [],
  funders: [],
  course: null,
  returnees: [],
  minCapacity: null,
  hasInsertion: null,
  unverified: false,
  sort: "name",
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  format: "json",
  columns: null,
};

/**
 * The URL parameters of a view (defaults left out, so links stay short and a
 * shared link reads the same after a default changes). `overrides` builds the
 * links of sort headers, pagination and exports from the current view.
 */
export function partnerFiltersToParams(filters: PartnerFilters, overrides: Partial<PartnerFilters> = {}): URLSearchParams {
  const f = { ...filters, ...overrides };
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  for (const r of f.regions) p.append("region", regionSlug(r));
  for (const c of f.categories) p.append("category", c);
  for (const s of f.funders) p.append("funder", s);
  if (f.course) p.set("course", f.course);
  for (const r of f.returnees) p.append("returnees", r);
  if (f.minCapacity !== null) p.set("minCapacity", String(f.minCapacity));
  if (f.hasInsertion !== null) p.set("hasInsertion", String(f.hasInsertion));
  if (f.unverified) p.set("unverified", "true");
  const defaultSort = f.q ? "relevance" : "name";
  if (f.sort !== defaultSort) p.set("sort", f.sort);
  if (f.page !== 1) p.set("page", String(f.page));
  if (f.pageSize !== DEFAULT_PAGE_SIZE) p.set("pageSize", String(f.pageSize));
  if (f.format !== "json") p.set("format", f.format);
  if (f.columns) p.set("columns", f.columns.join(","));
  return p;
}

/** True when any filter narrows the list (the empty state offers to clear them). */
export function hasActiveFilters(f: PartnerFilters): boolean {
  return Boolean(
    f.q || f.regions.length || f.categories.length || f.funders.length || f.course || f.returnees.length ||
      f.minCapacity !== null || f.hasInsertion !== null || f.unverified,
  );
}
