import { partnerFiltersToParams, type PartnerFilters, type PartnerSort } from "./filter-params";

/**
 * The links of the list page (/partners) to other views of it: one definition of
 * "this view with these parameters changed", in the page's language, for the
 * pagination, the sort headers, the filter chips, "clear the filters" and the
 * redirect from a page past the end. Defaults are left out of the query
 * (partnerFiltersToParams), so the plain list is `/partners` with no `?`.
 */
export interface PartnerListHrefs {
  /** The current view with `overrides` changed. */
  with: (overrides: Partial<PartnerFilters>) => string;
  /** The current view sorted by `sort`: back to its first page, its filters, page size and columns kept. */
  sortedBy: (sort: PartnerSort) => string;
}

/** `localize`: in-app hrefs in the page's language (lib/i18n/navigation.tsx getLocalize). */
export function partnerListHrefs(filters: PartnerFilters, localize: (href: string) => string): PartnerListHrefs {
  const withOverrides = (overrides: Partial<PartnerFilters>) => {
    const query = partnerFiltersToParams(filters, overrides).toString();
    return localize(query ? `/partners?${query}` : "/partners");
  };
  return {
    with: withOverrides,
    sortedBy: (sort) => withOverrides({ sort, page: 1 }),
  };
}
