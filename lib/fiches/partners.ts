/**
 * Assembles a Partner from the sections of its fiche: each typed field comes
 * from its label (docs/report-format.md §3.2–3.4) through a value extractor; the
 * sections themselves are kept whole so nothing the types leave out is lost.
 */
import { allValues, contactBlockLines, ficheField, fieldValue, DISPLAY_NAME_KEY, type ParsedFiche } from "./fiche";
import type { FicheBlock } from "./report";
import type { Capacity, FicheField, Insertion, ParseWarning, Partner, SourceLine } from "./types";
import { parseCapacity } from "./values/capacity";
import { parseContactBlock } from "./values/contacts";
import { parseFounded } from "./values/dates";
import { parseFunders, placeRegionalBodies } from "./values/funders";
import { parseInsertion } from "./values/insertion";
import { parseCities, parseRegions } from "./values/regions";
import { detectReturneeExperience } from "./values/returnees";
import { ficheAcronym } from "./values/slug";
import { parseTrainings } from "./values/trainings";
import { isBullet, stripBullet } from "./values/bullets";
import { squash } from "./values/text";

export interface FicheInput {
  block: FicheBlock;
  parsed: ParsedFiche;
  /** Unique within the report (see index.ts). */
  slug: string;
}

export function buildPartner({ block, parsed, slug }: FicheInput, warnings: ParseWarning[]): Partner {
  const { sections } = parsed;
  const at = block.headingLine;
  const value = (key: string) => fieldValue(sections, key);

  const regionField = ficheField(sections, "region") ?? ficheField(sections, "regionCity");
  const cityField = ficheField(sections, "city") ?? ficheField(sections, "regionCity");
  const regionText = regionField?.value ?? null;
  const cityText = cityField?.value ?? null;
  const geo = geography(regionField, cityField, regionLine(parsed) ?? at, warnings);

  const structureText = value("structureType");
  const contacts = parseContactBlock(contactBlockLines(block.body, sections));
  const texts = allValues(sections);
  if (!block.category) {
    warnings.push({ line: at, code: "unknown-category", message: `no category heading for "${block.title}"` });
  }
  checkRequired(block, sections.map((s) => s.key), contacts.length, regionText, warnings);

  return {
    number: block.number,
    name: block.title,
    displayName: displayName(parsed, block.title),
    acronym: ficheAcronym(block.title, displayName(parsed, block.title), texts),
    slug,
    category: block.category ?? "key-actor",
    categoryHeading: block.categoryHeading,
    sectionHeading: block.sectionHeading,
    country: value("country"),
    ...geo,
    regionText,
    cityText,
    structureType: structureText ? firstSentence(structureText) : null,
    supportTypes: splitItems(value("supportType")),
    founded: parseFounded([structureText, value("governance")].filter(Boolean).join("\n")),
    funders: placeRegionalBodies(parseFunders(value("funding") ?? "", { self: selfNames(block.title, parsed) }), geo.regions),
    absorptionCapacity: capacity(value("absorptionCapacity")),
    totalCapacity: capacity(value("totalCapacity")),
    returneeCapacity: capacity(value("returneeCapacity")),
    insertion: insertion(value("insertionStats"), texts),
    returneeExperience: detectReturneeExperience(sections.flatMap((s) => s.fields)),
    trainings: parseTrainings(value("courses") ?? ""),
    contacts,
    websites: parsed.websites,
    costs: value("cost"),
    challenges: value("challenges"),
    perspectives: value("perspectives"),
    sections,
    lines: [at, lastLine(block.body, at)],
  };
}

export function displayName(parsed: ParsedFiche, fallback: string): string {
  const v = fieldValue(parsed.sections, DISPLAY_NAME_KEY, "identity");
  return v ? squash(v) : fallback;
}

/** The names a fiche's organisation goes by, so it is not listed as its own funder. */
function selfNames(title: string, parsed: ParsedFiche): string[] {
  const acronym = ficheAcronym(title, displayName(parsed, title), allValues(parsed.sections));
  return [title, displayName(parsed, title), ...(acronym ? [acronym] : [])];
}

/** Where the Région value is written, for warnings about it. */
export function regionLine(parsed: ParsedFiche): number | null {
  const field = parsed.sections.flatMap((s) => s.fields).find((f) => f.key === "region" || f.key === "regionCity");
  return field ? field.lines[0] : null;
}

export function lastLine(body: SourceLine[], fallback: number): number {
  for (let i = body.length - 1; i >= 0; i--) if (body[i].kind !== "blank") return body[i].n;
  return fallback;
}

type GeographyField = Pick<FicheField, "label" | "value"> | null;

/**
 * The regions a fiche works in come from Région; Ville is where the office is
 * (COOPI: Région "Kayes, Ségou et Mopti", Ville "Bamako"), so it adds regions
 * only when Région names none. A cercle or town counts in its region
 * (gazetteer). The fiche is national when Région or Ville says so in words;
 * `nationalText` keeps those words with their label ("Ville : National").
 */
export function geography(region: GeographyField, city: GeographyField, line: number, warnings: ParseWarning[]) {
  const fromRegion = parseRegions(region?.value ?? "");
  const fromCity = parseRegions(city?.value ?? "");
  const regions = fromRegion.regions.length > 0 || fromRegion.national ? fromRegion.regions : fromCity.regions;
  for (const place of fromRegion.unknown) {
    warnings.push({ line, code: "unknown-region", message: `"${place}" in Région is neither a region nor a place of the gazetteer` });
  }
  const saysNational = [region, city].find((f) => f && parseRegions(f.value).national) ?? null;
  return {
    regions,
    national: saysNational !== null,
    nationalText: saysNational ? `${squash(saysNational.label)} : ${squash(saysNational.value)}` : null,
    cities: city ? parseCities(city.value) : [],
  };
}

function checkRequired(
  block: FicheBlock,
  sectionKeys: string[],
  contactCount: number,
  regionText: string | null,
  warnings: ParseWarning[],
) {
  const at = block.headingLine;
  const name = `FICHE ${block.type === "partner" ? "PARTENAIRE" : "ACTEUR"} ${block.number}`;
  if (regionText === null) warnings.push({ line: at, code: "label-missing", message: `${name} has no Région` });
  if (!sectionKeys.includes("contacts")) {
    warnings.push({ line: at, code: "section-missing", message: `${name} has no Contacts sub-header` });
  } else if (contactCount === 0) {
    warnings.push({ line: at, code: "contacts-empty", message: `${name}: no contact could be read` });
  }
}

function capacity(text: string | null): Capacity | null {
  return text ? parseCapacity(text) : null;
}

const INSERTION_RATE = /taux\s+d[’'‘]insertion/i;

function insertion(text: string | null, texts: string[]): Insertion | null {
  if (text) return parseInsertion(text);
  // Outside its label, "taux d’insertion" counts only with a figure: "augmenter le taux d’insertion" is an aim.
  for (const sentence of texts.filter((t) => INSERTION_RATE.test(t)).flatMap(sentences)) {
    if (!/taux d[’'‘]insertion/i.test(sentence)) continue;
    const found = parseInsertion(sentence);
    if (found?.rate != null) return found;
  }
  return null;
}

/** Sentences of a value, wrapped lines joined back; bullets are sentences of their own. */
export function sentences(value: string): string[] {
  return unwrap(value).flatMap((item) => item.split(/(?<=[.;!?])\s+(?=\p{Lu})/u));
}

/** Bullet items, or wrapped lines joined back into one paragraph per bullet. */
function unwrap(value: string): string[] {
  const items: string[] = [];
  for (const line of value.split("\n")) {
    if (isBullet(line) || items.length === 0) items.push(stripBullet(line));
    else items[items.length - 1] += `\n${line}`;
  }
  return items.map(squash).filter(Boolean);
}

function firstSentence(value: string): string {
  const [first] = sentences(value.split("\n").filter((l) => !isBullet(l)).join("\n") || value);
  return first.replace(/[.;]$/, "").trim();
}

/**
 * `Type d’appui apporté` as a list: bullet items, or the comma-separated
 * items of a one-sentence value; prose (a colon, several sentences) stays whole.
 */
function splitItems(value: string | null): string[] {
  if (!value) return [];
  const clean = (s: string) => s.replace(/[.;,]+$/, "").trim();
  if (value.split("\n").some(isBullet)) return unwrap(value).map(clean).filter(Boolean);
  const text = squash(value);
  if (text.includes(":") || sentences(text).length > 1) return [clean(text)];
  return splitOutsideParentheses(text).map(clean).filter(Boolean);
}

function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of text) {
    if (c === "(") depth++;
    if (c === ")") depth = Math.max(0, depth - 1);
    if ((c === "," || c === ";") && depth === 0) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  return parts;
}
