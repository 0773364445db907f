/**
 * What the partner pages, the API and the exports receive: the shapes the
 * serializers (./serializers.ts) build from the rows the queries read
 * (./queries.ts for the list, ./detail-queries.ts for one fiche). Types only:
 * client and server components import them freely.
 */
import type { ContactView } from "../auth/contacts";
import type { CapacityKind, ReturneeExperience } from "../db/generated/enums";
import type { FicheContactsView } from "../directory/contacts";
import type { FicheSectionView } from "../directory/sections";
import type { SourceLines } from "../directory/source-lines";
import type { PartnerCategory } from "../fiches/values/categories";
import type { RegionRef } from "../regions/refs";
import type { CapacitySummary, CapacityView } from "./capacity";
import type { ReturneeValue } from "./filter-params";
import type { Passage } from "./passage";
import type { FicheProvenance } from "../provenance/provenance";

export type { CapacitySummary, CapacityView };

export interface FunderView {
  /** Canonical funder name. */
  name: string;
  slug: string;
  /** The mention as the fiche writes it. */
  text: string;
  current: boolean;
  programme: string | null;
  /** The fiche names only the programme: the funder is inferred from it ("via PROCEJ"), not named by the fiche. */
  inferred: boolean;
  /** The donor fiche ("fiche acteur") describing this funder, when the report has one and the viewer may see it. */
  donor: { slug: string; name: string } | null;
}

/** One partner fiche, as the page, the API (GET /api/v1/partners/{slug}), compare and print show it. */
export interface PartnerDetail {
  slug: string;
  number: number | null;
  name: string;
  displayName: string;
  acronym: string | null;
  category: PartnerCategory;
  categoryHeading: string;
  sectionHeading: string;
  country: string | null;
  national: boolean;
  /** The fiche's own words for its national coverage ("Ville : National"), shown beside the flag; null when not national. */
  nationalText: string | null;
  regions: RegionRef[];
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
  contacts: FicheContactsView;
  sections: FicheSectionView[];
  lines: SourceLines;
  status: "active" | "archived";
  /** The report edition the fiche comes from (null for a partner an admin created). */
  edition: FicheProvenance["edition"];
  /** When an admin last confirmed the fiche; null when never since the report. */
  verifiedAt: string | null;
  verification: FicheProvenance["verification"];
  /** Source of each typed field: the report (lines, PDF page) or an edit (who, when, version). */
  provenance: FicheProvenance["provenance"];
}

/** One row of the partner list (page and JSON API). */
export interface PartnerListItem {
  slug: string;
  number: number | null;
  name: string;
  acronym: string | null;
  category: PartnerCategory;
  regions: RegionRef[];
  /** Works across the whole country: matches every region filter. */
  national: boolean;
  /** The fiche's own words for it ("Ville : National"); null when not national. */
  nationalText: string | null;
  absorptionCapacity: CapacityView | null;
  /** Capacity to take in returning migrants, in short form (the whole sentence is on the fiche and in the exports). */
  returneeCapacity: CapacitySummary | null;
  insertion: { rate: number | null; year: number | null; text: string } | null;
  returneeExperience: ReturneeValue;
  /** `inferred`: known only through the programme the fiche names (`programme`), shown "via PROCEJ". */
  funders: { slug: string; name: string; current: boolean; inferred: boolean; programme: string | null }[];
  /** When an admin last confirmed the fiche (ISO date-time); null: never since the report. */
  verifiedAt: string | null;
  /** The page of this partner in the directory. */
  url: string;
  /** The matching passage when the list is a search. */
  passage?: Passage | null;
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
  /** The fiche's whole sentence on its capacity to take in returning migrants. */
  returneeCapacityText: string | null;
  costs: string | null;
  websites: string[];
  trainings: string[];
  /** Absent (not empty) when the viewer may not export contacts. */
  contacts?: ContactView[];
}
