import "server-only";
import { serializeContacts, type ContactView } from "../auth/contacts";
import type { Viewer } from "../auth/viewer";
import { getDb } from "../db/client";
import { inFrenchOrder } from "../regions/order";
import type { CapacityKind, CapacityPeriod, PartnerCategory, ReturneeExperience } from "../db/generated/enums";
import {
  contactsSelect,
  sectionsSelect,
  serializeSections,
  withoutPersonalData,
  type FicheSectionView,
  type SourceLines,
} from "../sources/fiche-sections";

/**
 * One partner fiche, as the page, the API (GET /api/v1/partners/{slug}), the
 * compare view and print show it. Role-aware: contact persons go through
 * serializeContacts, archived fiches exist only for admins.
 */

/** The category as the public contract spells it (lib/fiches/types.ts): "vocational-training". */
export type CategorySlug = ReturnType<typeof categorySlug>;
export function categorySlug(category: PartnerCategory) {
  return category.replace(/_/g, "-") as
    | "vocational-training"
    | "incubator"
    | "public-institution"
    | "ngo"
    | "finance"
    | "key-actor"
    | "wage-employment"
    | "vulnerable-protection";
}

export interface CapacityView {
  text: string;
  min: number | null;
  max: number | null;
  unit: string | null;
  period: CapacityPeriod | null;
  unlimited: boolean;
}

export interface FunderView {
  /** Canonical funder name. */
  name: string;
  slug: string;
  /** The mention as the fiche writes it. */
  text: string;
  current: boolean;
  programme: string | null;
  /** The donor fiche ("fiche acteur") describing this funder, when the report has one. */
  donor: { slug: string; name: string } | null;
}

export interface PartnerDetail {
  slug: string;
  number: number | null;
  name: string;
  displayName: string;
  acronym: string | null;
  category: CategorySlug;
  categoryHeading: string;
  sectionHeading: string;
  country: string | null;
  national: boolean;
  regions: { slug: string; name: string }[];
  regionText: string | null;
  cities: string[];
  cityText: string | null;
  structureType: string | null;
  supportTypes: string[];
  founded: number | null;
  capacities: Record<CapacityKind, CapacityView | null>;
  insertion: { text: string; rate: number | null; year: number | null } | null;
  returneeExperience: { value: ReturneeExperience; evidence: string | null };
  costs: string | null;
  challenges: string | null;
  perspectives: string | null;
  websites: string[];
  trainings: { name: string; durationMonths: number | null }[];
  funders: FunderView[];
  contacts: { hidden: boolean; count: number; items: ContactView[] };
  sections: FicheSectionView[];
  lines: SourceLines;
  status: "active" | "archived";
}

/** Slugs are lower-case words joined by hyphens; anything else cannot name a fiche. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export function isSlug(value: string): boolean {
  return value.length <= 200 && SLUG.test(value);
}

const partnerSelect = {
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
  regions: { select: { region: { select: { slug: true, name: true } } } },
  capacities: { select: { kind: true, text: true, min: true, max: true, unit: true, period: true, unlimited: true } },
  trainings: { orderBy: { position: "asc" }, select: { name: true, durationMonths: true } },
  fundings: {
    orderBy: { position: "asc" },
    select: {
      text: true,
      current: true,
      programme: true,
      funder: { select: { name: true, slug: true, donor: { select: { slug: true, displayName: true, status: true } } } },
    },
  },
  contacts: contactsSelect,
  sections: sectionsSelect,
} as const;

/**
 * The fiche for `slug`, or null when there is none for this viewer (unknown slug,
 * malformed slug, or an archived fiche seen by anyone but an admin).
 */
export async function getPartnerBySlug(slug: string, viewer: Viewer): Promise<PartnerDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await getDb().partner.findUnique({ where: { slug }, select: partnerSelect });
  if (!row) return null;
  if (row.status === "archived" && viewer?.role !== "admin") return null;

  const contacts = serializeContacts(row.contacts, viewer);
  const sections = serializeSections(row.sections);
  const capacities: Record<CapacityKind, CapacityView | null> = { absorption: null, total: null, returnee: null };
  for (const { kind, ...capacity } of row.capacities) capacities[kind] = capacity;

  return {
    slug: row.slug,
    number: row.number,
    name: row.name,
    displayName: row.displayName,
    acronym: row.acronym,
    category: categorySlug(row.category),
    categoryHeading: row.categoryHeading,
    sectionHeading: row.sectionHeading,
    country: row.country,
    national: row.national,
    regions: inFrenchOrder(row.regions.map((r) => r.region)),
    regionText: row.regionText,
    cities: row.cities,
    cityText: row.cityText,
    structureType: row.structureType,
    supportTypes: row.supportTypes,
    founded: row.founded,
    capacities,
    insertion:
      row.insertionText == null && row.insertionRate == null
        ? null
        : { text: row.insertionText ?? "", rate: row.insertionRate, year: row.insertionYear },
    returneeExperience: { value: row.returneeExperience, evidence: row.returneeEvidence },
    costs: row.costs,
    challenges: row.challenges,
    perspectives: row.perspectives,
    websites: row.websites,
    trainings: row.trainings,
    funders: row.fundings.map((f) => ({
      name: f.funder.name,
      slug: f.funder.slug,
      text: f.text,
      current: f.current,
      programme: f.programme,
      // An archived donor fiche is not a link target for the public.
      donor:
        f.funder.donor && (f.funder.donor.status === "active" || viewer?.role === "admin")
          ? { slug: f.funder.donor.slug, name: f.funder.donor.displayName }
          : null,
    })),
    contacts,
    sections: contacts.hidden ? withoutPersonalData(sections) : sections,
    lines: row.sourceStart == null ? null : [row.sourceStart, row.sourceEnd ?? row.sourceStart],
    status: row.status,
  };
}
