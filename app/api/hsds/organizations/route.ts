import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { parseHsdsListParams } from "@/lib/hsds/params";
import { listHsdsOrganizations } from "@/lib/hsds/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/hsds/organizations: the partners as an Open Referral HSDS 3 paginated
 * list (`page`, `per_page`, `full`). Contacts only in `full` items, only for signed-in callers.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseHsdsListParams(url.searchParams);
  if (!parsed.success) return Response.json({ error: parsed.error }, { status: 400 });
  try {
    const page = await listHsdsOrganizations(parsed.data, await getViewer(), url.origin);
    return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    // A database that went away is a 503 the client can retry; anything else is our bug.
    const reachable = await getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    if (reachable) throw error;
    return Response.json({ error: { param: null, message: "the directory is unavailable; retry shortly" } }, { status: 503 });
  }
}
