/**
 * Role-aware projections of donor fiches ("fiches acteurs"): the page, the API
 * and print all build their output here, from the rows of ./queries.ts.
 * Contacts only through serializeContactsAndSections (lib/directory/contacts.ts).
 */
import type { Viewer } from "../auth/roles";
import { serializeContactsAndSections } from "../directory/contacts";
import { sourceLines } from "../directory/source-lines";
import { categorySlug } from "../fiches/values/categories";
import { regionRefs } from "../regions/refs";
import { serializeProject } from "./projects";
import type { DonorRecord, DonorSummaryRow, FundingRecord } from "./rows";
import type { DonorDetail, DonorSummary, FundedPartnerView } from "./types";

export function serializeDonorSummary(d: DonorSummaryRow): DonorSummary {
  return {
    slug: d.slug,
    number: d.number,
    name: d.name,
    displayName: d.displayName,
    acronym: d.acronym,
    themes: d.themes,
    national: d.national,
    regions: regionRefs(d.regions),
    regionText: d.regionText,
    projectCount: d._count.projects,
    fundedPartnerCount: new Set(d.funder?.fundings.map((f) => f.partnerId)).size,
  };
}

/** One row per partner, whatever the number of mentions (a funder can be both current and past). */
export function groupFundedPartners(fundings: FundingRecord[]): FundedPartnerView[] {
  const bySlug = new Map<string, FundedPartnerView>();
  for (const f of fundings) {
    let view = bySlug.get(f.partner.slug);
    if (!view) {
      view = {
        slug: f.partner.slug,
        name: f.partner.displayName || f.partner.name,
        acronym: f.partner.acronym,
        category: categorySlug(f.partner.category),
        national: f.partner.national,
        regions: regionRefs(f.partner.regions),
        current: false,
        past: false,
        mentions: [],
        inferredVia: [],
      };
      bySlug.set(view.slug, view);
    }
    if (f.current) view.current = true;
    else view.past = true;
    // The fiche names only the programme: say "via PROCEJ (inferred)", not quote it as naming the funder.
    if (f.inferred && f.programme) {
      if (!view.inferredVia.includes(f.programme)) view.inferredVia.push(f.programme);
    } else if (!view.mentions.includes(f.text)) view.mentions.push(f.text);
  }
  // Current funding first, then by name (French collation).
  return [...bySlug.values()].sort((a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name, "fr"));
}

export function serializeDonor(d: DonorRecord, viewer: Viewer): DonorDetail {
  return {
    slug: d.slug,
    number: d.number,
    name: d.name,
    displayName: d.displayName,
    acronym: d.acronym,
    country: d.country,
    themes: d.themes,
    national: d.national,
    regions: regionRefs(d.regions),
    regionText: d.regionText,
    anchoring: d.anchoring,
    referral: d.referral,
    perspectives: d.perspectives,
    remarks: d.remarks,
    websites: d.websites,
    funder: d.funder ? { slug: d.funder.slug, name: d.funder.name } : null,
    projects: d.projects.map(serializeProject),
    ...serializeContactsAndSections(d, viewer),
    fundedPartners: groupFundedPartners(d.funder?.fundings ?? []),
    lines: sourceLines(d.sourceStart, d.sourceEnd),
    status: d.status,
  };
}
