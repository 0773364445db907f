/**
 * What each anonymous read depends on, as the argument its cache entry is keyed
 * by (./cached.ts: `unstable_cache` and the in-flight map key on the JSON of
 * the arguments). Fields a read ignores are reset to their defaults, so views
 * that differ only in them share one entry and one database read (issue 8):
 * pages 2–4 and every sort of a view share its facet counts; the visible
 * columns and the export format change neither the rows nor the counts.
 * Pure: no database, no Next.js.
 */
import { DEFAULT_FILTERS, type PartnerFilters } from "./filter-params";

/** The page of rows (`listPartners`) depends on everything but the visible columns and the export format. */
export function listReadFilters(f: PartnerFilters): PartnerFilters {
  return { ...f, format: DEFAULT_FILTERS.format, columns: DEFAULT_FILTERS.columns };
}

/** The facet counts (`getPartnerFacets`) depend on the filters only: not on the order, the page, its size, the columns or the format. */
export function facetReadFilters(f: PartnerFilters): PartnerFilters {
  return {
    ...listReadFilters(f),
    sort: DEFAULT_FILTERS.sort,
    page: DEFAULT_FILTERS.page,
    pageSize: DEFAULT_FILTERS.pageSize,
  };
}

/** The parsed filters as a key: every field, in the parser's order (the same filters give the same string). */
export const filtersKey = (f: PartnerFilters) => JSON.stringify(f);
