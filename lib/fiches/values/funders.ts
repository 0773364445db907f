/**
 * Funders of a partner, read from its "Financements actuels / principaux"
 * value: bullets with sub-labels ("Financement actuel :", "Autres
 * financements par le passé :"), lists ("AFD (ACEFOR), OIM, GIZ (PAPSE)"),
 * project bullets ("FIDA, MERIT…, 2021 à fin 2024 (3,7 millions EUR)") and
 * prose. Known names are canonicalised (funder-vocabulary.ts); other names
 * are kept as written.
 */
import type { FunderLink } from "../types";
import { processMemo } from "../../runtime/process-memo";
import { PROGRAMME_FUNDERS } from "../edition";
import { FUNDERS } from "./funder-vocabulary";
import { groupKind, isSelf, selfForms, type GroupKind } from "./funder-scope";
import { fold } from "./text";
import { BULLET_RE } from "./bullets";

export { FUNDERS } from "./funder-vocabulary";
export { PROGRAMME_FUNDERS } from "../edition";
export type { FunderDef, FunderKind } from "./funder-vocabulary";

/** Accents stripped and apostrophes unified, case kept: same length as the input. */
const plain = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Matcher {
  /** The alias without accents, as the text is searched after `plain`. */
  alias: string;
  /** Lower-cased alias, found with indexOf in the lower-cased text: no regex per alias (the hot spot of a report parse). */
  needle: string;
  /** Short all-capital aliases match case-sensitively ("BAD", "UE", "Care" must not match "bad", "ue", "care"). */
  exactCase: boolean;
  canonical: string;
}

/** Longest first, so a longer alias takes its span before a shorter one inside it. */
const MATCHERS: Matcher[] = FUNDERS.flatMap((f) => f.aliases.map((a) => ({ alias: plain(a), canonical: f.name })))
  .sort((a, b) => b.alias.length - a.alias.length)
  .map(({ alias, canonical }) => ({ alias, needle: alias.toLowerCase(), exactCase: alias.length <= 4, canonical }));

/** A name is a whole word: not glued to a letter, digit, "&" or hyphen ("EU-IOM" is not "EU"); "Pays- Bas" wraps are fine. */
const WORD_CHAR = /[\p{L}\d&]/u;
const boundedBefore = (p: string, i: number) => i === 0 || !(WORD_CHAR.test(p[i - 1]) || p[i - 1] === "-");
const boundedAfter = (p: string, i: number) =>
  i >= p.length || !(WORD_CHAR.test(p[i]) || (p[i] === "-" && i + 1 < p.length && !/\s/.test(p[i + 1])));

/** Lower case with indices kept: a character whose lower case is longer ("İ") stays as it is. */
function sameLengthLower(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  return s.replace(/./gsu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}

interface Hit {
  canonical: string;
  start: number;
  end: number;
}

/**
 * The same pieces are looked up several times per value (splitting, then
 * naming); results are memoised, the cache emptied when it grows so a
 * long-lived process does not keep every text it ever parsed.
 */
const findFunders = processMemo(findFundersIn, 5000);

/** Known funders named in a text, in order, overlapping matches removed (longest alias wins). */
function findFundersIn(text: string): readonly Hit[] {
  const p = plain(text);
  const lower = sameLengthLower(p);
  const taken: Hit[] = [];
  for (const { alias, needle, exactCase, canonical } of MATCHERS) {
    for (let start = lower.indexOf(needle); start >= 0; start = lower.indexOf(needle, start + 1)) {
      const end = start + needle.length;
      if (exactCase && p.slice(start, end) !== alias) continue;
      if (!boundedBefore(p, start) || !boundedAfter(p, end)) continue;
      if (taken.some((h) => start < h.end && end > h.start)) continue;
      taken.push({ canonical, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

const programmeFunderOf = (s: string): string | null | undefined => PROGRAMME_FUNDERS[s.trim().toUpperCase()];

/** Canonical funder for a mention ("Coopération Suisse (DDC)" -> "DDC"); null when not in the vocabulary. */
export function canonicalFunder(mention: string): string | null {
  const hits = findFunders(mention);
  return hits.length ? hits[0].canonical : null;
}

const LETTER = /\p{L}/u;

/** The separators, given anchored (`/^,/`), as a sticky regex tried at each position without slicing the string. */
const stickyOf = processMemo((seps: RegExp) => new RegExp(seps.source.replace(/^\^/, ""), `${seps.flags.replace(/[gy]/g, "")}y`), 100);

/** A `’` closing a quote, not an apostrophe inside a word (`d’enfants`). */
const closesQuote = (s: string, i: number) => !(LETTER.test(s[i - 1] ?? "") && LETTER.test(s[i + 1] ?? ""));

/**
 * Split on a separator outside brackets and quotes: a project title in
 * quotes holds commas and "et" (`Projet ‘Protection, Promotion et Respect…’`).
 */
function splitTop(s: string, seps: RegExp): string[] {
  const sticky = stickyOf(seps);
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if ((quote === "‘" && c === "’" && closesQuote(s, i)) || (quote === "«" && c === "»") || (quote === "“" && c === "”")) quote = null;
      cur += c;
      continue;
    }
    if (c === "‘" || c === "«" || c === "“") quote = c;
    if (c === "(") depth++;
    if (c === ")") depth = Math.max(0, depth - 1);
    let m: RegExpExecArray | null = null;
    if (depth === 0) {
      sticky.lastIndex = i;
      m = sticky.exec(s);
    }
    if (m) {
      out.push(cur);
      cur = "";
      i += m[0].length - 1;
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

const LEADING_WORDS_RE = /^(?:(?:et|de la|de l'|de l’|du|des|de|d'|d’|la|le|les|l'|l’|par ex\.?\s*:?|notamment|via)\s+|l['’]|d['’])+/i;
const clean = (s: string) =>
  s.replace(LEADING_WORDS_RE, "").replace(/\s*\b(?:etc)\.?\s*$/i, "").replace(/^[\s•\-–:;,.]+|[\s:;,.…]+$/g, "").trim();

/** Longer pieces are prose: only vocabulary names are taken from them. */
const MAX_NAME_WORDS = 10;

/**
 * An organisation named in lower case, then a proper noun: "ministère de
 * l’Emploi…", "entreprises d’exploitation minières de Kalé…", "groupe Azalai".
 * Such names run longer: a ministry's full title has a dozen words.
 */
const ORGANISATION_NOUN_RE =
  /^(?:minist[eè]res?|directions?|entreprises?|soci[eé]t[eé]s?|groupes?|fondations?|associations?|agences?|banques?|mairies?|conseils?|chambres?|cabinets?|offices?|instituts?|r[ée]seaux?|consortium)\b[^.;:]*?\p{Lu}/u;
const MAX_ORGANISATION_WORDS = 16;

/** A piece too long for a name: only the vocabulary names in it count. */
const isProse = (s: string) => {
  const words = s.split(/\s+/).length;
  return words > MAX_NAME_WORDS && !(ORGANISATION_NOUN_RE.test(s) && words <= MAX_ORGANISATION_WORDS);
};

/** Unknown names kept as funders: short, capitalised (or an organisation noun), not a figure nor a project. */
const looksLikeName = (s: string) =>
  !/^\d/.test(s) &&
  ((/^[\p{Lu}]/u.test(s) && s.split(/\s+/).length <= MAX_NAME_WORDS) ||
    (ORGANISATION_NOUN_RE.test(s) && s.split(/\s+/).length <= MAX_ORGANISATION_WORDS)) &&
  // Own resources are the partner itself, and these words open no organisation's name.
  !/^(?:projet|programme|phase|fonds propres?|ressources propres|autofinancement|autres?|financements?|subventions?)\b/i.test(s);

const ACRONYM_IN_BRACKETS_RE = /\(\s*([\p{Lu}\d][\p{Lu}\d&\-/]+)\s*[,)]/u;

/** The programme named in a bracket after a funder: an acronym or a capitalised name, not a description. */
function bracketProgramme(inner: string): string | null {
  const first = inner.split(",")[0].trim();
  if (!first || canonicalFunder(first)) return null;
  if (/^(?:ONG|soci[eé]t[eé]|association|prestations?|phase|minist[eè]re|direction)\b/i.test(first) || /\d{4}/.test(first)) return null;
  return /^[\p{Lu}]/u.test(first) ? first : null;
}

/** Funders of one list piece such as "AFD (ACEFOR)", "Ambassade du Danemark (FACEJ)", "ONG ENGIM (ONG Italienne)". */
function pieceLinks(piece: string, current: boolean): FunderLink[] {
  // "l’Oréal": an article glued to a one-word name is part of it.
  const bare = piece.trim().replace(/[\s.;,…]+$/, "");
  const text = /^[lL]['’]\p{Lu}[\p{L}-]+$/u.test(bare) ? `L’${bare.slice(2)}` : clean(piece);
  if (!text) return [];
  const bracket = /^(.*?)\s*\(([^)]*)\)?\s*$/.exec(text);
  const head = bracket ? bracket[1].trim() : text;
  const programme = bracket ? bracketProgramme(bracket[2]) : null;
  const programmeFunder = programmeFunderOf(head);
  if (programmeFunder !== undefined) {
    // The text names the programme only: its funder is inferred from the programme map.
    return programmeFunder ? [{ name: programmeFunder, text, current, programme: head, inferred: true }] : [];
  }
  const hits = findFunders(head).filter((h) => !/\bvia\s+(?:l'|le |la )?$/i.test(plain(head).slice(0, h.start)));
  if (hits.length === 0 && bracket) hits.push(...findFunders(bracket[2]).slice(0, 1));
  if (hits.length) return hits.map((h) => ({ name: h.canonical, text, current, programme, inferred: false }));
  return looksLikeName(head) ? [{ name: head, text, current, programme, inferred: false }] : [];
}

/**
 * Split a list piece on "/" and " et ", except where " et " is inside a name:
 * "Mouvements de la Croix Rouge et du Croissant Rouge", "Direction Nationale des PME et PMI".
 */
function splitNames(s: string): string[] {
  const parts = splitTop(s, /^\//).flatMap((p) => splitTop(p, /^\s+et\s+/));
  const out: string[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    const known = findFunders(part).length > 0 || programmeFunderOf(clean(part)) !== undefined;
    const glued = /^(?:du|de|des|de la|d['’])\s?/.test(part) || /^\p{Lu}{2,5}$/u.test(part);
    if (prev !== undefined && glued && !known && !/\/$/.test(prev)) out[out.length - 1] = `${prev} et ${part}`;
    else out.push(part);
  }
  return out;
}

/** Rejoin "ministère de l’Entrepreneuriat National, de l’Emploi et de la Formation Professionnelle". */
function joinMinistries(segments: string[]): string[] {
  const out: string[] = [];
  for (const seg of segments) {
    const prev = out.at(-1);
    if (prev !== undefined && /^minist[eè]re\b/i.test(prev) && /^(?:de|des|du|d['’]|et)\s?/.test(seg)) {
      out[out.length - 1] = `${prev}, ${seg}`;
    } else out.push(seg);
  }
  return out;
}

const PROGRAMME_NAMES = Object.keys(PROGRAMME_FUNDERS).map((name) => ({ name, re: new RegExp(`\\b${escape(name)}\\b`) }));

/** A "… via le Programme X (ACR)" tail: the programme, unless the channel is a funder. */
function viaProgramme(via: string | undefined): string | null {
  if (!via || canonicalFunder(via)) return null;
  const known = PROGRAMME_NAMES.find(({ re }) => re.test(via))?.name;
  return known ?? ACRONYM_IN_BRACKETS_RE.exec(via)?.[1] ?? null;
}

const YEAR_RE = /\b(?:19|20)\d{2}\b/;
const PAST_RE = /pass[eé]|pr[eé]c[eé]dent|ant[eé]rieur|a (?:[eé]galement )?b[eé]n[eé]fici[eé]|ont financ[eé]/i;

/** Funders of one item (a bullet or a sentence) whose sub-label, if any, has been removed. */
function itemLinks(content: string, current: boolean): FunderLink[] {
  const segments = joinMinistries(splitTop(content, /^(?:,|;)\s*/));
  const [first = "", firstVia] = (segments[0] ?? "").split(/\s+via\s+/i);
  // "FIDA, MERIT…, 2021 à fin 2024 (3,7 millions EUR)": a funder, then its project.
  const projectStyle =
    segments.length >= 2 &&
    findFunders(first).length > 0 &&
    (YEAR_RE.test(content) || /^(?:projet|programme|[«‘'"])/i.test(segments[1]));
  if (projectStyle) {
    const rest = segments.slice(1).join(", ");
    const acronym = ACRONYM_IN_BRACKETS_RE.exec(rest)?.[1];
    const known = segments.slice(1).find((s) => programmeFunderOf(s) !== undefined);
    const named = clean(
      segments[1]
        .replace(/^(?:projets?|programme)\s+/i, "")
        .replace(/\s*\([^)]*\)?/g, "")
        .replace(/[\s.;,]+$/, "")
        .replace(/^[«‘'"\s]+|[»’'"\s]+$/g, ""),
    );
    const programme =
      viaProgramme(firstVia) ?? known ?? acronym ?? (named && named.length <= 80 && !YEAR_RE.test(named) ? named : null);
    return splitNames(first).flatMap((p) =>
      pieceLinks(p, current).map((l) => ({ ...l, programme: l.programme ?? programme })),
    );
  }
  const links: FunderLink[] = [];
  for (const segment of segments) {
    const [main, via] = segment.split(/\s+via\s+/i);
    const fromVia = viaProgramme(via);
    for (const piece of splitNames(main)) {
      if (isProse(clean(piece))) {
        // Prose: only the known names in it, not the channels after "via".
        for (const h of findFunders(piece)) {
          if (/\bvia\s+(?:l'|le |la )?$/i.test(plain(piece).slice(0, h.start))) continue;
          links.push({ name: h.canonical, text: piece.slice(h.start, h.end), current, programme: null, inferred: false });
        }
        continue;
      }
      for (const link of pieceLinks(piece, current)) links.push({ ...link, programme: link.programme ?? fromVia });
    }
  }
  return links;
}

/** Bullets start items; a wrapped line continues its item unless it opens a sentence or a sub-label. */
function splitItems(text: string): string[] {
  const items: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = BULLET_RE.exec(line);
    const prev = items.at(-1);
    // "Le centre a également bénéficié…" after a comma or full stop starts a new sentence.
    const opensSentence = /^(?:Le|La|Les|L['’])\s/.test(line) && prev !== undefined && /[,.]$/.test(prev.trim());
    const opensLabel = /^[^,:;]{3,60}\s:(?:\s|$)/.test(line) && prev !== undefined && /[.;:]$/.test(prev.trim());
    if (bullet || prev === undefined || opensSentence || opensLabel || /:$/.test(prev.trim())) {
      items.push(bullet ? line.slice(bullet[0].length) : line);
    } else {
      items[items.length - 1] = `${prev} ${line}`;
    }
  }
  return items;
}

export interface ParseFundersOptions {
  /**
   * Names of the fiche's own organisation (title, acronym, display name), matched as whole words: a
   * "Réseau Jokkolabs" in Jokkolabs' own list is the partner itself, not a funder.
   */
  self?: string[];
}

/**
 * Funder links of a "Financements" value, in order, without duplicate
 * (name, current). Sub-labels about the past set current to false; client
 * and partner sub-labels keep out what is not funding (see groupKind), and
 * the fiche's own organisation is never its own funder.
 */
export function parseFunders(text: string, options: ParseFundersOptions = {}): FunderLink[] {
  const self = selfForms(options.self ?? []);
  let current = true;
  let group: GroupKind = "all";
  const links: FunderLink[] = [];
  for (const item of splitItems(text)) {
    const header = /^([^:]{2,80}?)\s*:\s*$/.exec(item);
    if (header || item === ":") {
      current = !(header && PAST_RE.test(header[1]));
      group = header ? groupKind(header[1]) : "all";
      continue;
    }
    let content = item;
    let itemCurrent = current;
    let itemGroup = group;
    const label = /^([^,:;()]{3,60}?)\s*:\s+(.*)$/.exec(item);
    if (label && !findFunders(label[1]).length) {
      itemGroup = groupKind(label[1]);
      content = label[2].replace(/^par ex\.?\s*:\s*/i, "");
      if (PAST_RE.test(label[1])) itemCurrent = false;
      else if (/actuel/i.test(label[1])) itemCurrent = true;
    } else if (PAST_RE.test(fold(item)) && !/en cours/i.test(item)) {
      itemCurrent = false;
    }
    if (itemGroup === "none") continue;
    for (const link of itemLinks(content, itemCurrent)) {
      if (isSelf(link, self)) continue;
      const same = links.find((l) => l.name === link.name && l.current === link.current);
      if (!same) links.push(link);
      else if (same.inferred && !link.inferred) Object.assign(same, link, { programme: link.programme ?? same.programme });
      else if (!same.programme && link.programme && same.inferred === link.inferred) same.programme = link.programme;
    }
  }
  return links;
}

/** A regional body named without its place: "Conseil régional", "Conseil Régional". */
const REGIONAL_BODY_RE = /^(?:conseil|chambre|direction|assembl[eé]e)s?\s+r[eé]gionale?s?(?:\s+(?:des|de la|du)\s+[\p{L}’' ]+)?$/iu;

/**
 * "Conseil régional" in a fiche of one region is that region's council: the
 * councils of Kayes and of Ségou are two funders (FP7, FP8 in Kayes; FP9 in
 * Ségou). A name that already says its place, or a fiche of several regions,
 * is left as written.
 */
export function placeRegionalBodies(links: FunderLink[], regions: readonly string[]): FunderLink[] {
  if (regions.length !== 1) return links;
  return links.map((l) => (REGIONAL_BODY_RE.test(l.name.trim()) ? { ...l, name: `${l.name.trim()} de ${regions[0]}` } : l));
}
