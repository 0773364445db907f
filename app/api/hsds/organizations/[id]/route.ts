import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { publicOrigin } from "@/lib/env";
import { getViewer } from "@/lib/auth/viewer";
import { getHsdsOrganization } from "@/lib/hsds/queries";

export const dynamic = "force-dynamic";

/** GET /api/hsds/organizations/{id}: one HSDS organization, by its HSDS id (or the fiche's slug). */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const organization = await getHsdsOrganization(id, await getViewer(), publicOrigin(request.url));
  if (!organization) throw notFound(`No organization with id "${id.slice(0, 80)}"`);
  return Response.json(organization, { headers: { "Cache-Control": "private, no-store" } });
});
