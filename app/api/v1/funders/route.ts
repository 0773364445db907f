import { apiRoute } from "@/lib/api/route";
import { getViewer } from "@/lib/auth/viewer";
import { cachedFundingFigures } from "@/lib/funders/cached";
import { listFunders } from "@/lib/funders/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/funders: every funder the partner fiches name, with its partners by region and category and its share. */
export const GET = apiRoute(async () => {
  const directory = await listFunders(await getViewer(), cachedFundingFigures);
  return Response.json({ total: directory.funders.length, activePartners: directory.activePartners, items: directory.funders });
});
