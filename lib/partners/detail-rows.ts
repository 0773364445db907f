/**
 * What a partner fiche's read selects, and the row type it gives:
 * ./detail-queries.ts reads it, ./serializers.ts shapes it (apart, so neither
 * imports the other's module).
 */
import type { Prisma } from "../db/generated/client";
import { contactsSelect } from "../directory/contacts";
import { sectionsSelect } from "../directory/sections";
import { provenanceSelect } from "../provenance/queries";
import { regionRefsSelect } from "../regions/refs";
import { capacitySelect } from "./capacity";

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
