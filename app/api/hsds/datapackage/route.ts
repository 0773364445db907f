import { apiRoute } from "@/lib/api/route";
import { publicOrigin } from "@/lib/env";
import { canExportContacts, getViewer } from "@/lib/auth/viewer";
import { hsdsDataPackageZip } from "@/lib/hsds/datapackage";
import { allHsdsOrganizations } from "@/lib/hsds/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/hsds/datapackage: the HSDS tabular data package (CSV files +
 * datapackage.json) as a zip. Contacts and phones only for callers who may
 * export contact persons (analysts, admins): the organizations are built for no
 * viewer otherwise, so the gate leaves them out.
 */
export const GET = apiRoute(async (request) => {
  const origin = publicOrigin(request.url);
  const viewer = await getViewer();
  const exporter = canExportContacts(viewer) ? viewer : null;
  const created = new Date();
  const zip = hsdsDataPackageZip(await allHsdsOrganizations(exporter, origin), { withContacts: exporter !== null, created, origin });
  return new Response(new Uint8Array(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="passerelle-hsds-${created.toISOString().slice(0, 10)}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
});
