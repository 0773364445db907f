/**
 * Role-aware projections of donor fiches ("fiches acteurs"): the page, the API
 * and print all build their output here. Contacts only through serializeContacts.
 */
import { serializeContacts, type ContactRecord, type ContactView } from "../auth/contacts";
import type { Viewer } from "../auth/viewer";
import { categorySlug, type CategorySlug } from "../partners/detail";
import type { PartnerCategory } from "../db/generated/enums";
import { inFrenchOrder } from "../regions/order";
import {
  serializeSections,
  sourceLines,
  withoutPersonalData,
  type FicheSectionView,
  type SourceLines,
} from "../sources/fiche-sections";

type RegionRef = { slug: string; name: string };

export interface DonorSummary {
  slug: string;
  number: number | null;
  name: string;
  displayName: string;
  acronym: string | null;
  themes: string[];
  national: boolean;
  regions: RegionRef[];
  regionText: string | null;
  projectCount: number;
  fundedPartnerCount: number;
}

export interface ProjectView {
  name: string;
  theme: string | null;
  summary: string | null;
  duration: string | null;
  startYear: number | null;
  endYear: number | null;
  national: boolean;
  zoneText: string | null;
  regions: RegionRef[];
  /** Amount in units of `currency` (the upper bound of a range), as the parser read it. */
  budget: { amount: number | null; currency: string | null; text: string } | null;
  lines: SourceLines;
}

export interface FundedPartnerView {
  slug: string;
  name: string;
  acronym: string | null;
  category: CategorySlug;
  national: boolean;
  regions: RegionRef[];
  /** Funded now, funded in the past, or both (two mentions). */
  current: boolean;
  past: boolean;
  /** The mentions as the partner's fiche writes them. */
  mentions: string[];
}

export interface DonorDetail extends Omit<DonorSummary, "projectCount" | "fundedPartnerCount"> {
  country: string | null;
  anchoring: string | null;
  referral: string | null;
  perspectives: string | null;
  remarks: string | null;
  websites: string[];
  funder: { slug: string; name: string } | null;
  projects: ProjectView[];
  contacts: { hidden: boolean; count: number; items: ContactView[] };
  sections: FicheSectionView[];
  fundedPartners: FundedPartnerView[];
  lines: SourceLines;
  status: "active" | "archived";
}

export interface ProjectRecord {
  name: string;
  theme: string | null;
  summary: string | null;
  duration: string | null;
  startYear: number | null;
  endYear: number | null;
  national: boolean;
  zoneText: string | null;
  /** Prisma Decimal (or anything whose toString is a decimal number). */
  budgetAmount: { toString(): string } | null;
  budgetCurrency: string | null;
  budgetText: string | null;
  startLine: number | null;
  endLine: number | null;
  regions: { region: RegionRef }[];
}

export function serializeProject(p: ProjectRecord): ProjectView {
  const amount = p.budgetAmount == null ? null : Number(p.budgetAmount.toString());
  return {
    name: p.name,
    theme: p.theme,
    summary: p.summary,
    duration: p.duration,
    startYear: p.startYear,
    endYear: p.endYear,
    national: p.national,
    zoneText: p.zoneText,
    regions: inFrenchOrder(p.regions.map((r) => r.region)),
    budget:
      amount == null && p.budgetText == null
        ? null
        : { amount: Number.isFinite(amount) ? amount : null, currency: p.budgetCurrency, text: p.budgetText ?? "" },
    lines: sourceLines(p),
  };
}

export interface FundingRecord {
  text: string;
  current: boolean;
  partner: {
    slug: string;
    name: string;
    displayName: string;
    acronym: string | null;
    category: PartnerCategory;
    national: boolean;
    regions: { region: RegionRef }[];
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
        regions: inFrenchOrder(f.partner.regions.map((r) => r.region)),
        current: false,
        past: false,
        mentions: [],
      };
      bySlug.set(view.slug, view);
    }
    if (f.current) view.current = true;
    else view.past = true;
    if (!view.mentions.includes(f.text)) view.mentions.push(f.text);
  }
  // Current funding first, then by name (French collation).
  return [...bySlug.values()].sort((a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name, "fr"));
}

export interface DonorRecord {
  slug: string;
  number: number | null;
  name: string;
  displayName: string;
  acronym: string | null;
  country: string | null;
  national: boolean;
  regionText: string | null;
  themes: string[];
  anchoring: string | null;
  referral: string | null;
  perspectives: string | null;
  remarks: string | null;
  websites: string[];
  sourceStart: number | null;
  sourceEnd: number | null;
  status: "active" | "archived";
  regions: { region: RegionRef }[];
  funder: { slug: string; name: string; fundings: FundingRecord[] } | null;
  projects: ProjectRecord[];
  contacts: ContactRecord[];
  sections: Parameters<typeof serializeSections>[0];
}

export function serializeDonor(d: DonorRecord, viewer: Viewer): DonorDetail {
  const contacts = serializeContacts(d.contacts, viewer);
  const sections = serializeSections(d.sections);
  return {
    slug: d.slug,
    number: d.number,
    name: d.name,
    displayName: d.displayName,
    acronym: d.acronym,
    country: d.country,
    themes: d.themes,
    national: d.national,
    regions: inFrenchOrder(d.regions.map((r) => r.region)),
    regionText: d.regionText,
    anchoring: d.anchoring,
    referral: d.referral,
    perspectives: d.perspectives,
    remarks: d.remarks,
    websites: d.websites,
    funder: d.funder ? { slug: d.funder.slug, name: d.funder.name } : null,
    projects: d.projects.map(serializeProject),
    contacts,
    sections: contacts.hidden ? withoutPersonalData(sections) : sections,
    fundedPartners: groupFundedPartners(d.funder?.fundings ?? []),
    lines: d.sourceStart == null ? null : [d.sourceStart, d.sourceEnd ?? d.sourceStart],
    status: d.status,
  };
}
