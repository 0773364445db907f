import { getViewer } from "@/lib/auth/viewer";
import { anonymousPartnerFacets } from "@/lib/partners/cached";
import { parsePartnerFiltersLeniently } from "@/lib/partners/filters";
import { fundersOffered } from "@/lib/partners/funders-offered";
import { getPartnerFacets } from "@/lib/partners/queries";

export const dynamic = "force-dynamic";

/**
 * GET /partners/facets?<the list's parameters>: the funder counts of that view,
 * most frequent first, for the filter form's "more funders" panel
 * (../_components/more-funders.tsx). Same parser, same (cached) counts as the page.
 */
export async function GET(request: Request) {
  const { data: filters } = parsePartnerFiltersLeniently(new URL(request.url).searchParams);
  const viewer = await getViewer();
  const facets = viewer ? await getPartnerFacets(filters, viewer) : await anonymousPartnerFacets(filters);
  return Response.json({ funder: fundersOffered(facets.funder, filters.funders) }, { headers: { "Cache-Control": "private, no-store" } });
}
