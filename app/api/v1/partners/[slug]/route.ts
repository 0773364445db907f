import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getPartnerBySlug } from "@/lib/partners/detail-queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/partners/{slug}: the fiche as the page shows it, for this viewer. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const partner = await getPartnerBySlug(slug, await getViewer());
    if (!partner) return Response.json({ error: "not_found", message: `No partner with slug "${slug}"` }, { status: 404 });
    return Response.json(partner);
  } catch (error) {
    // A database that went away is a 503 the client can retry; anything else is our bug.
    const reachable = await getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    if (reachable) throw error;
    return Response.json({ error: "database_unavailable", message: "The database is unreachable; retry shortly." }, { status: 503 });
  }
}
