import "server-only";
/**
 * Reads of the donor fiches ("fiches acteurs"): the list and one fiche with its
 * projects and the partners it funds. What leaves is built by ./serializers.ts.
 */
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import { isSlug } from "../directory/slug";
import { isVisibleTo, visibleStatusWhere } from "../directory/visibility";
import { readFundedPartners } from "../funders/funded";
import { readFundingFigures, type FundingFigures } from "../funders/queries";
import { donorDetailSelect, donorSummarySelect } from "./rows";
import { serializeDonor, serializeDonorSummary } from "./serializers";
import type { DonorDetail, DonorSummary } from "./types";

/**
 * The actor fiches in report order, with how many projects and partners each
 * has: its funder's partner count from the funders' figures (`figures`: read
 * now, or the cached ones of lib/funders/cached.ts), as `/funders` shows it.
 */
export async function listDonors(viewer: Viewer, figures: () => Promise<FundingFigures> = readFundingFigures): Promise<DonorSummary[]> {
  const [rows, { byFunder }] = await Promise.all([
    getDb().donor.findMany({ where: visibleStatusWhere(viewer), orderBy: [{ number: "asc" }, { name: "asc" }], select: donorSummarySelect }),
    figures(),
  ]);
  return rows.map((row) => serializeDonorSummary(row, (row.funder && byFunder[row.funder.id]?.partnerCount) ?? 0));
}

/**
 * One donor fiche with its projects and the partners its funder funds (all of
 * them, or the first `partnersShown` for a page); null when this viewer may not see it.
 */
export async function getDonorBySlug(slug: string, viewer: Viewer, { partnersShown }: { partnersShown?: number } = {}): Promise<DonorDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await getDb().donor.findUnique({ where: { slug }, select: donorDetailSelect });
  if (!row || !isVisibleTo(row.status, viewer)) return null;
  const funded = row.funder ? await readFundedPartners(row.funder.id, partnersShown) : { partners: [], total: 0 };
  return serializeDonor(row, viewer, funded);
}
