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
import type { DonorDetail, DonorSummary, FundedPartners, FundedPartnerView } from "./types";
import { compareFrench } from "../i18n/french-order";

/** A donor in the list, with how many active partners its funder funds (`fundedPartnerCount`, from the funders' figures). */
export function serializeDonorSummary(d: DonorSummaryRow, fundedPartnerCount: number): DonorSummary {
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
    fundedPartnerCount,
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
  return [...bySlug.values()].sort(byCurrentThenName);
}

type FundedOrderKey = { current: boolean; name: string; slug: string };

/** The order of a funder's partners: funded now first, then by name (French collation), then by slug (two fiches may share a name). */
export function byCurrentThenName(a: FundedOrderKey, b: FundedOrderKey): number {
  return Number(b.current) - Number(a.current) || compareFrench(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** A donor fiche as it leaves, with the partners its funder funds (read apart: lib/funders/funded.ts). */
export function serializeDonor(d: DonorRecord, viewer: Viewer, funded: FundedPartners): DonorDetail {
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
    fundedPartners: funded.partners,
    fundedPartnerCount: funded.total,
    lines: sourceLines(d.sourceStart, d.sourceEnd),
    status: d.status,
  };
}
