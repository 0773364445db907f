import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getDonorBySlug } from "@/lib/donors/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/donors/{slug}: one actor fiche with its projects and the partners it funds. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const donor = await getDonorBySlug(slug, await getViewer());
    if (!donor) return Response.json({ error: "not_found", message: `No donor with slug "${slug}"` }, { status: 404 });
    return Response.json(donor);
  } catch (error) {
    // A database that went away is a 503 the client can retry; anything else is our bug.
    const reachable = await getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    if (reachable) throw error;
    return Response.json({ error: "database_unavailable", message: "The database is unreachable; retry shortly." }, { status: 503 });
  }
}
