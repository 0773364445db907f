import "server-only";
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import { isSlug } from "../directory/slug";
import { activeFiches as active } from "../directory/visibility";
import { organizationRowId } from "./ids";
import { toHsdsListItem, toHsdsOrganization, type HsdsPartnerRecord } from "./organization";
import type { HsdsListParams } from "./params";
import type { HsdsOrganization, HsdsOrganizationListItem, HsdsPage } from "./types";

/** What an HSDS organization is built from; contacts are read here and gated by the serializer. */
const hsdsSelect = {
  id: true,
  slug: true,
  number: true,
  name: true,
  displayName: true,
  acronym: true,
  categoryHeading: true,
  structureType: true,
  supportTypes: true,
  founded: true,
  websites: true,
  national: true,
  regions: { select: { region: { select: { id: true, name: true } } }, orderBy: { region: { name: "asc" } } },
  trainings: { orderBy: { position: "asc" }, select: { id: true, name: true, durationMonths: true } },
  fundings: { orderBy: { position: "asc" }, select: { id: true, text: true, current: true, programme: true, inferred: true, funder: { select: { name: true } } } },
  contacts: {
    orderBy: { position: "asc" },
    select: { id: true, name: true, role: true, emails: true, phones: { orderBy: { position: "asc" }, select: { id: true, text: true, number: true } } },
  },
} as const;

const MAX_ROW_ID = 2 ** 31 - 1;

/** The public directory (active fiches), in report order (admin-created ones after). */
const order = [{ number: { sort: "asc", nulls: "last" } }, { id: "asc" }] as const;

/** GET /api/hsds/organizations: one page of the HSDS paginated list. */
export async function listHsdsOrganizations(
  params: HsdsListParams,
  viewer: Viewer,
  origin: string,
): Promise<HsdsPage<HsdsOrganizationListItem | HsdsOrganization>> {
  const db = getDb();
  const skip = (params.page - 1) * params.perPage;
  const [total, rows] = await Promise.all([
    db.partner.count({ where: active }),
    db.partner.findMany({ where: active, orderBy: [...order], skip, take: params.perPage, select: hsdsSelect }),
  ]);
  const contents = rows.map((p) => (params.full ? toHsdsOrganization(p, viewer, origin) : toHsdsListItem(p, origin)));
  const totalPages = Math.ceil(total / params.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** GET /api/hsds/organizations/{id}: by HSDS id, or by the fiche's slug; null when there is no such active partner. */
export async function getHsdsOrganization(id: string, viewer: Viewer, origin: string): Promise<HsdsOrganization | null> {
  const rowId = organizationRowId(id);
  // Row ids are PostgreSQL integers: a larger id names no row (and must not reach the query).
  if (rowId !== null && rowId > MAX_ROW_ID) return null;
  if (rowId === null && !isSlug(id)) return null;
  const row = await getDb().partner.findFirst({ where: { ...active, ...(rowId !== null ? { id: rowId } : { slug: id }) }, select: hsdsSelect });
  return row ? toHsdsOrganization(row, viewer, origin) : null;
}

/** Every active organization, fully nested, for the tabular data package. */
export async function allHsdsOrganizations(viewer: Viewer, origin: string): Promise<HsdsOrganization[]> {
  const rows: HsdsPartnerRecord[] = await getDb().partner.findMany({ where: active, orderBy: [...order], select: hsdsSelect });
  return rows.map((p) => toHsdsOrganization(p, viewer, origin));
}
