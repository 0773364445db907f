import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listDonors } from "@/lib/donors/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/donors: the actor fiches with their project and funded-partner counts. */
export async function GET() {
  try {
    const items = await listDonors(await getViewer());
    return Response.json({ total: items.length, items });
  } catch (error) {
    // A database that went away is a 503 the client can retry; anything else is our bug.
    const reachable = await getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    if (reachable) throw error;
    return Response.json({ error: "database_unavailable", message: "The database is unreachable; retry shortly." }, { status: 503 });
  }
}
