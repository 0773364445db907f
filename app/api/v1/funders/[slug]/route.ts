import { notFound } from "@/lib/api/errors";
import { slugParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { getViewer } from "@/lib/auth/viewer";
import { getFunderBySlug } from "@/lib/funders/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/funders/{slug}: one funder with the partners it funds. */
export const GET = apiRoute(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = slugParam((await params).slug);
  const funder = slug ? await getFunderBySlug(slug, await getViewer()) : null;
  if (!funder) throw notFound(`No funder with slug "${slug ?? ""}"`);
  return Response.json(funder);
});
