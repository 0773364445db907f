import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getHsdsOrganization } from "@/lib/hsds/queries";

export const dynamic = "force-dynamic";

/** GET /api/hsds/organizations/{id}: one HSDS organization, by its HSDS id (or the fiche's slug). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const organization = await getHsdsOrganization(id, await getViewer(), new URL(request.url).origin);
    if (!organization) return Response.json({ error: "not_found", message: `No organization with id "${id.slice(0, 80)}"` }, { status: 404 });
    return Response.json(organization, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    const reachable = await getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    if (reachable) throw error;
    return Response.json({ error: "database_unavailable", message: "The database is unreachable; retry shortly." }, { status: 503 });
  }
}
