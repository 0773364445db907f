import { notFound } from "@/lib/api/errors";
import { slugParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { getViewer } from "@/lib/auth/viewer";
import { cachedFundingFigures } from "@/lib/funders/cached";
import { getFunderBySlug } from "@/lib/funders/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/funders/{slug}: one funder with the partners it funds (all of them), its figures as /api/v1/funders gives them. */
export const GET = apiRoute(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = slugParam((await params).slug);
  const funder = slug ? await getFunderBySlug(slug, await getViewer(), { figures: cachedFundingFigures }) : null;
  if (!funder) throw notFound(`No funder with slug "${slug ?? ""}"`);
  return Response.json(funder);
});
