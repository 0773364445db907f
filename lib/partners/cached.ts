import "server-only";
/**
 * Anonymous reads of the directory, cached briefly in Next's data cache: they
 * do not depend on who asks (no contacts for anonymous visitors), and the list
 * page's search over 10,000 fiches costs ~100–300 ms of database time that
 * concurrent visitors would otherwise pay again and again (docs/benchmarks.md).
 * Signed-in viewers always read the database (their view may include contacts).
 *
 * Concurrent misses: `unstable_cache` does not merge them, so each read below
 * goes through `shareInFlight` (./in-flight.ts) inside the cache: identical
 * reads in flight at the same moment share one database query.
 *
 * Freshness: an admin's partner edit calls `updateTag(PARTNERS_TAG)`
 * (./actions/partner.ts); anything else (e.g. a donor fiche archived) shows
 * within REVALIDATE seconds.
 */
import { unstable_cache } from "next/cache";
import { facetReadFilters, filtersKey, listReadFilters } from "./cache-keys";
import { getPartnerBySlug } from "./detail-queries";
import type { PartnerFilters } from "./filters";
import { shareInFlight } from "./in-flight";
import { getPartnerFacets, listPartners } from "./queries";

export const PARTNERS_TAG = "partners";
const REVALIDATE = 60;
const options = { tags: [PARTNERS_TAG], revalidate: REVALIDATE };

const sharedList = shareInFlight((f: PartnerFilters) => listPartners(f, null), filtersKey);
const sharedFacets = shareInFlight((f: PartnerFilters) => getPartnerFacets(f, null), filtersKey);
const sharedPartner = shareInFlight((slug: string) => getPartnerBySlug(slug, null), (slug) => slug);

const cachedList = unstable_cache(sharedList, ["partner-list-v4"], options);
const cachedFacets = unstable_cache(sharedFacets, ["partner-facets-v3"], options);

/**
 * One page of the list as an anonymous visitor sees it, keyed by the filters
 * it depends on (./cache-keys.ts: the visible columns do not split the entry).
 */
export const anonymousPartnerList = (f: PartnerFilters) => cachedList(listReadFilters(f));

/**
 * The facet counts of a view as an anonymous visitor sees them, keyed by its
 * filters only: every sort and page of a view share one entry and one read
 * (in the realistic mix of scripts/bench/mix.ts, 151 reads for 200 URLs).
 */
export const anonymousPartnerFacets = (f: PartnerFilters) => cachedFacets(facetReadFilters(f));

/**
 * A read of the whole directory that holds no personal data and takes no
 * argument (the edition banner, the region × category matrix, the funders'
 * figures), cached like the reads above under `key`: one entry, revalidated
 * with the partners' tag, concurrent misses sharing one read.
 */
export function cachedDirectoryRead<T>(read: () => Promise<T>, key: string): () => Promise<T> {
  return unstable_cache(
    shareInFlight(read, () => key),
    [key],
    options,
  );
}

/** The fiche as an anonymous visitor sees it (contacts left out by the serializer). */
export const anonymousPartner = unstable_cache(sharedPartner, ["partner-detail-v2"], options);
