import { apiRoute } from "@/lib/api/route";
import { getViewer } from "@/lib/auth/viewer";
import { listDonors } from "@/lib/donors/queries";
import { cachedFundingFigures } from "@/lib/funders/cached";

export const dynamic = "force-dynamic";

/** GET /api/v1/donors: the actor fiches with their project and funded-partner counts. */
export const GET = apiRoute(async () => {
  const items = await listDonors(await getViewer(), cachedFundingFigures);
  return Response.json({ total: items.length, items });
});
