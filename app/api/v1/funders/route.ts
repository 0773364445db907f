import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listFunders } from "@/lib/funders/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/funders: every funder the partner fiches name, with its partners by region and category and its share. */
export async function GET() {
  try {
    const directory = await listFunders(await getViewer());
    return Response.json({ total: directory.funders.length, activePartners: directory.activePartners, items: directory.funders });
  } catch (error) {
    // A database that went away is a 503 the client can retry; anything else is our bug.
    const reachable = await getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    if (reachable) throw error;
    return Response.json({ error: "database_unavailable", message: "The database is unreachable; retry shortly." }, { status: 503 });
  }
}
