/**
 * The shape of a parsed mapping report: the contract between the parser
 * (lib/fiches), the seed (prisma/seed.ts) and the data dictionary
 * (docs/data-dictionary.md). Change one, change the others.
 *
 * Line numbers are 1-based, as in any editor, and refer to the source file.
 */
import type { PartnerCategory } from "./values/categories";

/** [first, last] line of the source text, both inclusive, 1-based. */
export type LineRange = [number, number];

/** One physical line of the source after normalisation (CRLF, BOM). */
export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  /** The line as written (no trailing newline). */
  raw: string;
  /**
   * The line cleaned for matching: the page-break leading space removed,
   * trailing spaces trimmed, runs of spaces kept (labels such as `Ville  ` rely on them).
   */
  text: string;
  /** What the line is, as far as the line alone tells. */
  kind: "blank" | "pageNumber" | "link" | "mailto" | "content";
}

export interface ParseWarning {
  line: number;
  /** A stable code, e.g. "unplaced-line", "label-missing", "unknown-region". */
  code: string;
  message: string;
}

/** A label/value pair under a fiche sub-header, exactly as the report gives it. */
export interface FicheField {
  /** Canonical key of the label (see lib/fiches/labels.ts), e.g. "absorptionCapacity"; null for an unlabelled value. */
  key: string | null;
  /** The label as written, wrapped parts joined with a single space. */
  label: string;
  /** The value as written: lines joined with "\n", bullets kept at line starts, blank lines and page-break artefacts dropped. */
  value: string;
  lines: LineRange;
}

/** A full-width sub-header of a fiche (Structure, Détails…, Partenariats, Remarques, Contacts, or an actor theme). */
export interface FicheSection {
  /** Canonical key: "identity" (before the first sub-header), "structure", "details", "partnerships", "remarks", "contacts", "theme", "coordination". */
  key: string;
  /** The sub-header as written ("" for identity). */
  heading: string;
  fields: FicheField[];
  lines: LineRange;
}

/** A quantity such as a capacity, read from free text. */
export interface Capacity {
  /** The value as written (whitespace squashed), kept even when it holds no figure. */
  text: string;
  min: number | null;
  max: number | null;
  /** What is counted, singular-or-plural as written: "apprenants", "jeunes", "personnes", "entreprises"… */
  unit: string | null;
  /** "year" | "cohort" | "month" | "total" | null when not said. */
  period: "year" | "cohort" | "month" | "total" | null;
  /**
   * The part of the structure one figure counts, as written and singular
   * ("groupe" in "25 apprenants par groupe", "salle" in "4 salles de 25 places",
   * "filière"); null when the figure is for the whole structure. Only whole
   * figures answer the minimum-capacity filter (docs/data-dictionary.md §2.4).
   */
  per: string | null;
  /** True for "Pas de limites" and the like. */
  unlimited: boolean;
}

export interface Insertion {
  text: string;
  /** Percentage, decimal comma read as a point (68,67% -> 68.67). */
  rate: number | null;
  year: number | null;
}

export type ReturneeValue = "yes" | "past" | "no" | "unknown";

export interface ReturneeExperience {
  value: ReturneeValue;
  /** The sentence that says so, as written; null when unknown. */
  evidence: string | null;
}

export interface FunderLink {
  /** Canonical funder name, e.g. "AFD", "GIZ", "OIM", "Union européenne", "Banque mondiale". */
  name: string;
  /** The mention as written. */
  text: string;
  /** False for past funding ("par le passé", "précédents"). */
  current: boolean;
  /** Programme or project named with the funder, e.g. "ACEFOR" in "AFD (ACEFOR)". */
  programme: string | null;
  /**
   * True when the text names only the programme ("PROCEJ") and the funder comes
   * from the programme-to-funder map (lib/fiches/edition.ts): shown as
   * "via PROCEJ (inferred)", never as a funder the fiche names.
   */
  inferred: boolean;
}

export interface Phone {
  /** As written. */
  text: string;
  /** International form "+223XXXXXXXX", or null when it is not a valid Malian number. */
  e164: string | null;
}

export interface Contact {
  name: string | null;
  role: string | null;
  phones: Phone[];
  /** As written (compare lower-case). */
  emails: string[];
  lines: LineRange;
}

export interface Training {
  name: string;
  durationMonths: number | null;
}

/** The category vocabulary lives in one place: ./values/categories.ts. */
export type { PartnerCategory };

export interface Partner {
  number: number;
  /** The title line as written (after "FICHE PARTENAIRE n :"). */
  name: string;
  /** The display name given on the line after the heading, as written. */
  displayName: string;
  acronym: string | null;
  slug: string;
  category: PartnerCategory;
  /** The category heading as written (wrapped lines joined). */
  categoryHeading: string;
  /** The report section heading (2.1, 2.2, 2.3, 3) as written. */
  sectionHeading: string;
  country: string | null;
  /** Normalised region names (see lib/fiches/values/regions.ts), in order of mention, without duplicates. */
  regions: string[];
  /** The fiche says it works in the whole country (Région or Ville: "National", "Couverture nationale"…). */
  national: boolean;
  /** The words that say so, label included ("Ville : National"); null when not national. */
  nationalText: string | null;
  regionText: string | null;
  cities: string[];
  cityText: string | null;
  structureType: string | null;
  supportTypes: string[];
  founded: number | null;
  funders: FunderLink[];
  absorptionCapacity: Capacity | null;
  totalCapacity: Capacity | null;
  returneeCapacity: Capacity | null;
  insertion: Insertion | null;
  returneeExperience: ReturneeExperience;
  trainings: Training[];
  contacts: Contact[];
  websites: string[];
  costs: string | null;
  challenges: string | null;
  perspectives: string | null;
  sections: FicheSection[];
  lines: LineRange;
}

export interface Money {
  /**
   * Amount in units of the currency (60 millions USD -> 60000000); the upper
   * bound for a range; the sum of the parts when the text lists parts without
   * a total; null when not a figure.
   */
  amount: number | null;
  /** ISO code: "EUR", "USD", "XOF" (FCFA), "CHF"; null when not given. */
  currency: string | null;
  text: string;
  /**
   * The phases or shares the text lists one after the other ("Phase I (9 millions
   * EUR) et phase II (15 millions EUR)", "20 millions EUR (FFU), 0,5 million EUR
   * (Ambassade des Pays-Bas)…"), each with its label as written; [] otherwise.
   */
  parts: MoneyPart[];
}

export interface MoneyPart {
  label: string;
  amount: number;
  currency: string | null;
}

export interface ActorProject {
  name: string;
  /** The theme header the project sits under, as written. */
  theme: string | null;
  summary: string | null;
  duration: string | null;
  startYear: number | null;
  endYear: number | null;
  /** Normalised region names for the zone; "national" sets `national`. */
  zones: string[];
  national: boolean;
  zoneText: string | null;
  budget: Money | null;
  lines: LineRange;
}

export interface Actor {
  number: number;
  name: string;
  displayName: string;
  acronym: string | null;
  slug: string;
  country: string | null;
  regions: string[];
  national: boolean;
  regionText: string | null;
  themes: string[];
  projects: ActorProject[];
  /** Ancrage et relation institutionnels. */
  anchoring: string | null;
  /** Mécanismes de référencement mis en place. */
  referral: string | null;
  perspectives: string | null;
  /** Défis exprimés / Autres remarques, joined. */
  remarks: string | null;
  contacts: Contact[];
  websites: string[];
  sections: FicheSection[];
  lines: LineRange;
}

export interface Interview {
  actorType: string;
  organisation: string;
  position: string;
  /** ISO yyyy-mm-dd, or null when the row has no date. */
  date: string | null;
  /** True for a row the report repeats under a wrong actor type. */
  duplicate: boolean;
  lines: LineRange;
}

export interface DocumentRef {
  author: string;
  year: number | null;
  title: string;
  lines: LineRange;
}

export interface ParsedReport {
  partners: Partner[];
  actors: Actor[];
  interviews: Interview[];
  documents: DocumentRef[];
  warnings: ParseWarning[];
}

/** Thrown when the input is not such a report; `line` points at what is wrong. */
export class ReportFormatError extends Error {
  constructor(
    message: string,
    public readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "ReportFormatError";
  }
}
