import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { slugParam } from "@/lib/api/params";
import { getViewer } from "@/lib/auth/viewer";
import { getDonorBySlug } from "@/lib/donors/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/donors/{slug}: one actor fiche with its projects and the partners it funds. */
export const GET = apiRoute(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = slugParam((await params).slug);
  const donor = slug ? await getDonorBySlug(slug, await getViewer()) : null;
  if (!donor) throw notFound(`No donor with slug "${slug ?? ""}"`);
  return Response.json(donor);
});
