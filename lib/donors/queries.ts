import "server-only";
/**
 * Reads of the donor fiches ("fiches acteurs"): the list and one fiche with its
 * projects and the partners it funds. What leaves is built by ./serializers.ts.
 */
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { contactsSelect } from "../directory/contacts";
import { sectionsSelect } from "../directory/sections";
import { isSlug } from "../directory/slug";
import { activeFiches, isVisibleTo, visibleStatusWhere } from "../directory/visibility";
import { regionRefsSelect } from "../regions/refs";
import { projectSelect } from "./projects";
import { serializeDonor, serializeDonorSummary } from "./serializers";
import type { DonorDetail, DonorSummary } from "./types";

/** Partners whose fiche names this donor's funder: only active fiches are public. */
const fundingsOfActivePartners = { where: { partner: activeFiches } } as const;

const donorSummarySelect = {
  slug: true,
  number: true,
  name: true,
  displayName: true,
  acronym: true,
  themes: true,
  national: true,
  regionText: true,
  regions: regionRefsSelect,
  _count: { select: { projects: true } },
  funder: { select: { fundings: { ...fundingsOfActivePartners, select: { partnerId: true } } } },
} satisfies Prisma.DonorSelect;

export type DonorSummaryRow = Prisma.DonorGetPayload<{ select: typeof donorSummarySelect }>;

export const fundingSelect = {
  text: true,
  current: true,
  programme: true,
  inferred: true,
  partner: {
    select: { slug: true, name: true, displayName: true, acronym: true, category: true, national: true, regions: regionRefsSelect },
  },
} satisfies Prisma.FundingSelect;

export type FundingRecord = Prisma.FundingGetPayload<{ select: typeof fundingSelect }>;

const donorDetailSelect = {
  slug: true,
  number: true,
  name: true,
  displayName: true,
  acronym: true,
  country: true,
  national: true,
  regionText: true,
  themes: true,
  anchoring: true,
  referral: true,
  perspectives: true,
  remarks: true,
  websites: true,
  sourceStart: true,
  sourceEnd: true,
  status: true,
  regions: regionRefsSelect,
  funder: {
    select: {
      slug: true,
      name: true,
      fundings: { ...fundingsOfActivePartners, orderBy: { partner: { name: "asc" } }, select: fundingSelect },
    },
  },
  projects: { orderBy: { position: "asc" }, select: projectSelect },
  contacts: contactsSelect,
  sections: sectionsSelect,
} satisfies Prisma.DonorSelect;

export type DonorRecord = Prisma.DonorGetPayload<{ select: typeof donorDetailSelect }>;

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
