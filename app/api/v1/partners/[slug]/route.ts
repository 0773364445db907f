import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { slugParam } from "@/lib/api/params";
import { getViewer } from "@/lib/auth/viewer";
import { getPartnerBySlug } from "@/lib/partners/detail-queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/partners/{slug}: the fiche as the page shows it, for this viewer. */
export const GET = apiRoute(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = slugParam((await params).slug);
  const partner = slug ? await getPartnerBySlug(slug, await getViewer()) : null;
  if (!partner) throw notFound(`No partner with slug "${slug ?? ""}"`);
  return Response.json(partner);
});
