/**
 * What the donor reads select, and the row types they give: ./queries.ts reads
 * them, ./serializers.ts shapes them (apart, so neither imports the other's module).
 */
import type { Prisma } from "../db/generated/client";
import { contactsSelect } from "../directory/contacts";
import { sectionsSelect } from "../directory/sections";
import { regionRefsSelect } from "../regions/refs";
import { projectSelect } from "./projects";

export const donorSummarySelect = {
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
  // How many partners it funds comes from the funders' figures (lib/funders/queries.ts `readFundingFigures`).
  funder: { select: { id: true } },
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

export const donorDetailSelect = {
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
  // Its partners are read apart (lib/funders/funded.ts): a page shows the first ones only.
  funder: { select: { id: true, slug: true, name: true } },
  projects: { orderBy: { position: "asc" }, select: projectSelect },
  contacts: contactsSelect,
  sections: sectionsSelect,
} satisfies Prisma.DonorSelect;

export type DonorRecord = Prisma.DonorGetPayload<{ select: typeof donorDetailSelect }>;
