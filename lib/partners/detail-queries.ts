import "server-only";
/**
 * Reads of one partner fiche (the page, GET /api/v1/partners/{slug}, compare,
 * print). The list's reads are in ./queries.ts; what leaves is built by
 * ./serializers.ts (serializePartnerDetail), role-aware.
 */
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { contactsSelect } from "../directory/contacts";
import { sectionsSelect } from "../directory/sections";
import { isSlug } from "../directory/slug";
import { isVisibleTo } from "../directory/visibility";
import { regionRefsSelect } from "../regions/refs";
import { partnerProvenance, provenanceSelect } from "../provenance/queries";
import { capacitySelect } from "./capacity";
import { serializePartnerDetail } from "./serializers";
import type { PartnerDetail } from "./types";

export const partnerDetailSelect = {
  ...provenanceSelect,
  slug: true,
  number: true,
  name: true,
  displayName: true,
  acronym: true,
  category: true,
  categoryHeading: true,
  sectionHeading: true,
  country: true,
  national: true,
  nationalText: true,
  regionText: true,
  cities: true,
  cityText: true,
  structureType: true,
  supportTypes: true,
  founded: true,
  insertionText: true,
  insertionRate: true,
  insertionYear: true,
  returneeExperience: true,
  returneeEvidence: true,
  costs: true,
  challenges: true,
  perspectives: true,
  websites: true,
  sourceStart: true,
  sourceEnd: true,
  status: true,
  regions: regionRefsSelect,
  capacities: { select: { kind: true, ...capacitySelect } },
  trainings: { orderBy: { position: "asc" }, select: { name: true, durationMonths: true } },
  fundings: {
    orderBy: { position: "asc" },
    select: {
      text: true,
      current: true,
      programme: true,
      inferred: true,
      funder: { select: { name: true, slug: true, donor: { select: { slug: true, displayName: true, status: true } } } },
    },
  },
  contacts: contactsSelect,
  sections: sectionsSelect,
} satisfies Prisma.PartnerSelect;

export type PartnerDetailRow = Prisma.PartnerGetPayload<{ select: typeof partnerDetailSelect }>;

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
