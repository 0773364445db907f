import "server-only";
/**
 * Reads of one partner fiche (the page, GET /api/v1/partners/{slug}, compare,
 * print). The list's reads are in ./queries.ts; what leaves is built by
 * ./serializers.ts (serializePartnerDetail), role-aware.
 */
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import { isSlug } from "../directory/slug";
import { isVisibleTo } from "../directory/visibility";
import { partnerProvenance } from "../provenance/queries";
import { partnerDetailSelect } from "./detail-rows";
import { serializePartnerDetail } from "./serializers";
import type { PartnerDetail } from "./types";

/**
 * The fiche for `slug`, or null when there is none for this viewer (unknown slug,
 * malformed slug, or an archived fiche seen by anyone but an admin).
 */
export async function getPartnerBySlug(slug: string, viewer: Viewer): Promise<PartnerDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await getDb().partner.findUnique({ where: { slug }, select: partnerDetailSelect });
  if (!row || !isVisibleTo(row.status, viewer)) return null;
  const detail = serializePartnerDetail(row, viewer);
  return { ...detail, ...(await partnerProvenance(getDb(), { ...row, lines: detail.lines }, viewer)) };
}
