import { invalidParameter } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { publicOrigin } from "@/lib/env";
import { getViewer } from "@/lib/auth/viewer";
import { parseHsdsListParams } from "@/lib/hsds/params";
import { listHsdsOrganizations } from "@/lib/hsds/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/hsds/organizations: the partners as an Open Referral HSDS 3 paginated
 * list (`page`, `per_page`, `full`). Contacts only in `full` items, only for signed-in callers.
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const parsed = parseHsdsListParams(url.searchParams);
  if (!parsed.success) throw invalidParameter(parsed.error.param, parsed.error.message);
  const page = await listHsdsOrganizations(parsed.data, await getViewer(), publicOrigin(url));
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
