import "server-only";
/**
 * Reads of the donor fiches ("fiches acteurs"): the list and one fiche with its
 * projects and the partners it funds. What leaves is built by ./serializers.ts.
 */
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import { isSlug } from "../directory/slug";
import { isVisibleTo, visibleStatusWhere } from "../directory/visibility";
import { donorDetailSelect, donorSummarySelect } from "./rows";
import { serializeDonor, serializeDonorSummary } from "./serializers";
import type { DonorDetail, DonorSummary } from "./types";

/** The actor fiches in report order, with how many projects and partners each has. */
export async function listDonors(viewer: Viewer): Promise<DonorSummary[]> {
  const rows = await getDb().donor.findMany({
    where: visibleStatusWhere(viewer),
    orderBy: [{ number: "asc" }, { name: "asc" }],
    select: donorSummarySelect,
  });
  return rows.map(serializeDonorSummary);
}

/** One donor fiche with its projects and the partners it funds; null when this viewer may not see it. */
export async function getDonorBySlug(slug: string, viewer: Viewer): Promise<DonorDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await getDb().donor.findUnique({ where: { slug }, select: donorDetailSelect });
  if (!row || !isVisibleTo(row.status, viewer)) return null;
  return serializeDonor(row, viewer);
}
