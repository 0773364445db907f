/**
 * What the donor pages and the API receive ("fiches acteurs"): the shapes
 * ./serializers.ts builds from the rows ./queries.ts reads. Types only.
 */
import type { FicheContactsView } from "../directory/contacts";
import type { FicheSectionView } from "../directory/sections";
import type { SourceLines } from "../directory/source-lines";
import type { PartnerCategory } from "../fiches/values/categories";
import type { RegionRef } from "../regions/refs";
import type { ProjectView } from "./projects";

export type { ProjectView };

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

export interface FundedPartnerView {
  slug: string;
  name: string;
  acronym: string | null;
  category: PartnerCategory;
  national: boolean;
  regions: RegionRef[];
  /** Funded now, funded in the past, or both (two mentions). */
  current: boolean;
  past: boolean;
  /** The mentions as the partner's fiche writes them. */
  mentions: string[];
  /** Programmes the fiche names, through which this funder is only inferred ("PROCEJ"): shown "via PROCEJ (inferred)". */
  inferredVia: string[];
}

/** A funder's partners: all of them, or the first ones a page shows, with how many in all (lib/funders/funded.ts). */
export interface FundedPartners {
  partners: FundedPartnerView[];
  total: number;
}

export interface DonorDetail extends Omit<DonorSummary, "projectCount"> {
  country: string | null;
  anchoring: string | null;
  referral: string | null;
  perspectives: string | null;
  remarks: string | null;
  websites: string[];
  funder: { slug: string; name: string } | null;
  projects: ProjectView[];
  contacts: FicheContactsView;
  sections: FicheSectionView[];
  /** The partners its funder funds: all of them, or the first ones a page shows (`fundedPartnerCount` says how many in all). */
  fundedPartners: FundedPartnerView[];
  lines: SourceLines;
  status: "active" | "archived";
}
