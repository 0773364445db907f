import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getFunderBySlug } from "@/lib/funders/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/funders/{slug}: one funder with the partners it funds. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const funder = await getFunderBySlug(slug, await getViewer());
    if (!funder) return Response.json({ error: "not_found", message: `No funder with slug "${slug}"` }, { status: 404 });
    return Response.json(funder);
  } catch (error) {
    const reachable = await getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    if (reachable) throw error;
    return Response.json({ error: "database_unavailable", message: "The database is unreachable; retry shortly." }, { status: 503 });
  }
}
