/**
 * Role-aware projections of partners: what the pages, the API and the exports
 * may show, built from the rows of ./queries.ts (the list) and
 * ./detail-queries.ts (one fiche). Contacts (personal data) only ever leave
 * through serializeContacts, and in exports only for viewers allowed to export them.
 */
import { serializeContacts } from "../auth/contacts";
import { canExportContacts, type Viewer } from "../auth/roles";
import { serializeContactsAndSections } from "../directory/contacts";
import { sourceLines } from "../directory/source-lines";
import { isVisibleTo } from "../directory/visibility";
import { categorySlug } from "../fiches/values/categories";
import { regionRefs } from "../regions/refs";
import { capacitiesByKind, capacityFields, capacitySummary } from "./capacity";
import type { PartnerDetailRow } from "./detail-rows";
import type { Passage } from "./passage";
import type { FicheProvenance } from "../provenance/provenance";
import type { PartnerExportRow, PartnerListResult, PartnerListRow } from "./queries";
import type { PartnerDetail, PartnerExportItem, PartnerListItem } from "./types";

type InsertionColumns = { insertionText: string | null; insertionRate: number | null; insertionYear: number | null };

/** The insertion figures, or null when the fiche states neither a sentence nor a rate. */
function insertion(row: InsertionColumns) {
  return !row.insertionText && row.insertionRate == null
    ? null
    : { text: row.insertionText ?? "", rate: row.insertionRate, year: row.insertionYear };
}

type ListRowCore = Omit<PartnerListRow, "passage"> & { passage?: Passage | null };

export function serializePartnerListItem(row: ListRowCore): PartnerListItem {
  const absorption = row.capacities.find((c) => c.kind === "absorption");
  const returnee = row.capacities.find((c) => c.kind === "returnee");
  return {
    slug: row.slug,
    number: row.number,
    name: row.displayName,
    acronym: row.acronym,
    category: categorySlug(row.category),
    // The list's statement orders regions already; French order is the rule everywhere.
    regions: regionRefs(row.regions),
    national: row.national,
    nationalText: row.national ? row.nationalText : null,
    absorptionCapacity: absorption ? capacityFields(absorption) : null,
    returneeCapacity: returnee ? capacitySummary(returnee) : null,
    insertion: insertion(row),
    returneeExperience: row.returneeExperience,
    funders: row.fundings.map((f) => ({
      slug: f.funder.slug,
      name: f.funder.name,
      current: f.current,
      inferred: f.inferred,
      programme: f.programme,
    })),
    // A cached anonymous list comes back from JSON with the date as a string.
    verifiedAt: row.verifiedAt ? new Date(row.verifiedAt).toISOString() : null,
    url: `/partners/${row.slug}`,
    ...(row.passage ? { passage: row.passage } : {}),
  };
}

export function serializePartnerList(result: PartnerListResult<PartnerListRow>): PartnerListResult<PartnerListItem> {
  return { ...result, items: result.items.map(serializePartnerListItem) };
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
    returneeCapacityText: row.capacities.find((c) => c.kind === "returnee")?.text ?? null,
    costs: row.costs,
    websites: row.websites,
    trainings: row.trainings.map((t) => t.name),
  };
  if (canExportContacts(viewer) && row.contacts) {
    const contacts = serializeContacts(row.contacts, viewer);
    if (!contacts.hidden) item.contacts = contacts.items;
  }
  return item;
}

/** One fiche for this viewer (the query has already checked that the viewer may see it); its provenance is added by the query. */
export function serializePartnerDetail(row: PartnerDetailRow, viewer: Viewer): Omit<PartnerDetail, keyof FicheProvenance> {
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
    nationalText: row.national ? row.nationalText : null,
    regions: regionRefs(row.regions),
    regionText: row.regionText,
    cities: row.cities,
    cityText: row.cityText,
    structureType: row.structureType,
    supportTypes: row.supportTypes,
    founded: row.founded,
    capacities: capacitiesByKind(row.capacities),
    insertion: insertion(row),
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
      inferred: f.inferred,
      // An archived donor fiche is not a link target for the public.
      donor:
        f.funder.donor && isVisibleTo(f.funder.donor.status, viewer)
          ? { slug: f.funder.donor.slug, name: f.funder.donor.displayName }
          : null,
    })),
    ...serializeContactsAndSections(row, viewer),
    lines: sourceLines(row.sourceStart, row.sourceEnd),
    status: row.status,
  };
}
