/**
 * Role-aware projections of the partner list: what the page, the API and the
 * exports may show. Contacts (personal data) only ever leave through
 * serializeContacts, and in exports only for viewers allowed to export them.
 */
import { serializeContacts, type ContactView } from "../auth/contacts";
import { canExportContacts, type Viewer } from "../auth/viewer";
import type { PartnerCategorySlug, ReturneeValue } from "./filters";
import type { Passage } from "./passage";
import type { PartnerExportRow, PartnerListResult, PartnerListRow } from "./queries";

export interface CapacityView {
  text: string;
  min: number | null;
  max: number | null;
  unit: string | null;
  period: string | null;
  unlimited: boolean;
}

export interface PartnerListItem {
  slug: string;
  number: number | null;
  name: string;
  acronym: string | null;
  category: PartnerCategorySlug;
  regions: { slug: string; name: string }[];
  /** Works across the whole country: matches every region filter. */
  national: boolean;
  absorptionCapacity: CapacityView | null;
  insertion: { rate: number | null; year: number | null; text: string } | null;
  returneeExperience: ReturneeValue;
  funders: { slug: string; name: string; current: boolean }[];
  /** The page of this partner in the directory. */
  url: string;
  /** The matching passage when the list is a search. */
  passage?: Passage | null;
}

/** Prisma's enum keys use `_`; URLs, the API and the parser use the report's `-` form. */
export function categorySlug(category: string): PartnerCategorySlug {
  return category.replace(/_/g, "-") as PartnerCategorySlug;
}

type ListRowCore = Omit<PartnerListRow, "passage"> & { passage?: Passage | null };

export function serializePartnerListItem(row: ListRowCore): PartnerListItem {
  const capacity = row.capacities[0] ?? null;
  return {
    slug: row.slug,
    number: row.number,
    name: row.displayName,
    acronym: row.acronym,
    category: categorySlug(row.category),
    regions: row.regions.map((r) => ({ slug: r.region.slug, name: r.region.name })),
    national: row.national,
    absorptionCapacity: capacity && { ...capacity, period: capacity.period ?? null },
    insertion:
      row.insertionText || row.insertionRate !== null
        ? { rate: row.insertionRate, year: row.insertionYear, text: row.insertionText ?? "" }
        : null,
    returneeExperience: row.returneeExperience,
    funders: row.fundings.map((f) => ({ slug: f.funder.slug, name: f.funder.name, current: f.current })),
    url: `/partners/${row.slug}`,
    ...(row.passage ? { passage: row.passage } : {}),
  };
}

export function serializePartnerList(result: PartnerListResult<PartnerListRow>): PartnerListResult<PartnerListItem> {
  return { ...result, items: result.items.map(serializePartnerListItem) };
}

/** One export row: the list item plus the readable fiche, and contacts only when the viewer may export them. */
export interface PartnerExportItem extends PartnerListItem {
  reportTitle: string;
  country: string | null;
  regionText: string | null;
  cities: string[];
  structureType: string | null;
  supportTypes: string[];
  founded: number | null;
  returneeEvidence: string | null;
  costs: string | null;
  websites: string[];
  trainings: string[];
  updatedAt: Date;
  /** Absent (not empty) when the viewer may not export contacts. */
  contacts?: ContactView[];
}

export function serializePartnerExportItem(row: PartnerExportRow, viewer: Viewer): PartnerExportItem {
  const item: PartnerExportItem = {
    ...serializePartnerListItem(row),
    reportTitle: row.name,
    country: row.country,
    regionText: row.regionText,
    cities: row.cities,
    structureType: row.structureType,
    supportTypes: row.supportTypes,
    founded: row.founded,
    returneeEvidence: row.returneeEvidence,
    costs: row.costs,
    websites: row.websites,
    trainings: row.trainings.map((t) => t.name),
    updatedAt: row.updatedAt,
  };
  if (canExportContacts(viewer) && row.contacts) {
    const contacts = serializeContacts(row.contacts, viewer);
    if (!contacts.hidden) item.contacts = contacts.items;
  }
  return item;
}
