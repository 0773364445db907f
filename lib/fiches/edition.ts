/**
 * What the parser knows about this edition of the report (the 2022 mapping,
 * interviews held in November–December 2022) rather than about the report's
 * format. Everything here is a judgement about one edition's content.
 *
 * Before parsing the next edition, revisit each constant:
 * - EDITION_YEAR and PAST_EXPERIENCE_LAST_YEAR: the year the interviews were
 *   held, and the last year whose activity counts as "past" experience with
 *   returning migrants (values/returnees.ts);
 * - PROGRAMME_FUNDERS: programmes the fiches list as if they were funders, with
 *   the funder that finances them; a new programme, a programme that changed
 *   funder, or one funded by several (null) must be updated here;
 * - DOCUMENT_YEARS: the range of years the document table (part 5) can hold;
 * - COUNTRIES: the countries named beside project zones (multi-country projects);
 * - RETURNEE_PROGRAMMES: programmes whose beneficiaries are returning migrants,
 *   so that taking part in one is experience with them.
 * The funder vocabulary (values/funder-vocabulary.ts) and the gazetteer
 * (gazetteer/) grow with new editions too, but are not tied to one.
 */

/** The year the report's interviews were held. */
export const EDITION_YEAR = 2022;

/** A dated activity up to this year is past experience ("En 2017…", "2017 – 2019"). */
export const PAST_EXPERIENCE_LAST_YEAR = EDITION_YEAR - 1;

/** Years a row of the document table may carry: a four-digit year in this range opens a row. */
export const DOCUMENT_YEARS = { first: 2000, last: 2030 } as const;

/**
 * Programmes the report lists as if they were funders, with the funder that
 * finances them; null when several do (FACEJ), so no funder is inferred. A
 * funder reached this way is marked inferred (FunderLink.inferred): the
 * fiche names the programme, not the funder.
 */
export const PROGRAMME_FUNDERS: Readonly<Record<string, string | null>> = {
  ACEFOR: "AFD",
  PAPSE: "GIZ",
  PROJES: "Union européenne",
  EJOM: "Union européenne",
  PROCEJ: "Banque mondiale",
  "2SCALE": "Pays-Bas",
  "PAC-PME": "Pays-Bas",
  FACEJ: null,
};

/** Countries (and groupings) named beside project zones: not places in Mali. */
export const COUNTRIES: readonly string[] = [
  "Mali", "Niger", "Burkina Faso", "Burkina", "Sénégal", "Mauritanie", "Guinée", "Haïti", "Congo",
  "Côte d'Ivoire", "Éthiopie", "Ghana", "Kenya", "Nigeria", "Tchad", "Algérie", "Maroc", "Libye",
  "Gambie", "France", "Espagne", "Italie", "UE", "Afrique",
];

/**
 * Programmes for returning migrants: a sentence naming one speaks of
 * returnees (the EU–IOM Joint Initiative for Migrant Protection and
 * Reintegration, "IC UE-OIM" in the report).
 */
export const RETURNEE_PROGRAMMES: readonly string[] = ["IC UE-OIM", "EU-IOM"];
