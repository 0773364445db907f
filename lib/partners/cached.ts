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
import { getPartnerBySlug } from "./detail-queries";
import type { PartnerFilters } from "./filters";
import { shareInFlight } from "./in-flight";
import { getPartnerFacets, listPartners } from "./queries";

export const PARTNERS_TAG = "partners";
const REVALIDATE = 60;
const options = { tags: [PARTNERS_TAG], revalidate: REVALIDATE };

/** The parsed filters as a key: every field, in the parser's order (the same filters give the same string). */
const filtersKey = (f: PartnerFilters) => JSON.stringify(f);

const sharedList = shareInFlight((f: PartnerFilters) => listPartners(f, null), filtersKey);
const sharedFacets = shareInFlight((f: PartnerFilters) => getPartnerFacets(f, null), filtersKey);
const sharedPartner = shareInFlight((slug: string) => getPartnerBySlug(slug, null), (slug) => slug);

/** One page of the list as an anonymous visitor sees it (the key is the parsed filters). */
export const anonymousPartnerList = unstable_cache(sharedList, ["partner-list-v3"], options);

export const anonymousPartnerFacets = unstable_cache(sharedFacets, ["partner-facets-v2"], options);

/** The fiche as an anonymous visitor sees it (contacts left out by the serializer). */
export const anonymousPartner = unstable_cache(sharedPartner, ["partner-detail-v2"], options);
