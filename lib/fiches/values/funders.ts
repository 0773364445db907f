/**
 * Funders of a partner, read from its "Financements actuels / principaux"
 * value: bullets with sub-labels ("Financement actuel :", "Autres
 * financements par le passé :"), lists ("AFD (ACEFOR), OIM, GIZ (PAPSE)"),
 * project bullets ("FIDA, MERIT…, 2021 à fin 2024 (3,7 millions EUR)") and
 * prose. Known names are canonicalised (funder-vocabulary.ts); other names
 * are kept as written.
 */
import type { FunderLink } from "../types";
import { FUNDERS, PROGRAMME_FUNDERS } from "./funder-vocabulary";
import { fold } from "./text";

export { FUNDERS, PROGRAMME_FUNDERS } from "./funder-vocabulary";
export type { FunderDef, FunderKind } from "./funder-vocabulary";

/** Accents stripped and apostrophes unified, case kept: same length as the input. */
const plain = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Matcher {
  re: RegExp;
  canonical: string;
}

/** One regex per alias, longest first; short capitals are case-sensitive ("BAD", "UE", "Care"). */
const MATCHERS: Matcher[] = FUNDERS.flatMap((f) => f.aliases.map((a) => ({ alias: a, canonical: f.name })))
  .sort((a, b) => b.alias.length - a.alias.length)
  .map(({ alias, canonical }) => ({
    re: new RegExp(`(?<![\\p{L}\\d&-])${escape(plain(alias))}(?![\\p{L}\\d&]|-(?!\\s))`, alias.length <= 4 ? "gu" : "giu"),
    canonical,
  }));

interface Hit {
  canonical: string;
  start: number;
  end: number;
}

/** Known funders named in a text, in order, overlapping matches removed (longest alias wins). */
function findFunders(text: string): Hit[] {
  const p = plain(text);
  const taken: Hit[] = [];
  for (const { re, canonical } of MATCHERS) {
    for (const m of p.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
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

/** Split on a separator outside brackets. */
function splitTop(s: string, seps: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(") depth++;
    if (c === ")") depth = Math.max(0, depth - 1);
    const rest = s.slice(i);
    const m = depth === 0 ? seps.exec(rest) : null;
    if (m && m.index === 0) {
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

/** Unknown names kept as funders: short, capitalised, not a figure nor a project. */
const looksLikeName = (s: string) =>
  /^[\p{Lu}\d]/u.test(s) &&
  !/^\d/.test(s) &&
  s.split(/\s+/).length <= MAX_NAME_WORDS &&
  !/^(?:projet|programme|phase|fonds propres?|autres?|financements?|subventions?)\b/i.test(s);

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
  const text = clean(piece);
  if (!text) return [];
  const bracket = /^(.*?)\s*\(([^)]*)\)?\s*$/.exec(text);
  const head = bracket ? bracket[1].trim() : text;
  const programme = bracket ? bracketProgramme(bracket[2]) : null;
  const programmeFunder = programmeFunderOf(head);
  if (programmeFunder !== undefined) {
    return programmeFunder ? [{ name: programmeFunder, text, current, programme: head }] : [];
  }
  const hits = findFunders(head).filter((h) => !/\bvia\s+(?:l'|le |la )?$/i.test(plain(head).slice(0, h.start)));
  if (hits.length === 0 && bracket) hits.push(...findFunders(bracket[2]).slice(0, 1));
  if (hits.length) return hits.map((h) => ({ name: h.canonical, text, current, programme }));
  return looksLikeName(head) ? [{ name: head, text, current, programme }] : [];
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

/** A "… via le Programme X (ACR)" tail: the programme, unless the channel is a funder. */
function viaProgramme(via: string | undefined): string | null {
  if (!via || canonicalFunder(via)) return null;
  const known = Object.keys(PROGRAMME_FUNDERS).find((k) => new RegExp(`\\b${escape(k)}\\b`).test(via));
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
      if (clean(piece).split(/\s+/).length > MAX_NAME_WORDS) {
        // Prose: only the known names in it, not the channels after "via".
        for (const h of findFunders(piece)) {
          if (/\bvia\s+(?:l'|le |la )?$/i.test(plain(piece).slice(0, h.start))) continue;
          links.push({ name: h.canonical, text: piece.slice(h.start, h.end), current, programme: null });
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
    const bullet = /^[-•–]\s*|^o\s+/.exec(line);
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

/**
 * Funder links of a "Financements" value, in order, without duplicate
 * (name, current). Sub-labels about the past set current to false.
 */
export function parseFunders(text: string): FunderLink[] {
  let current = true;
  const links: FunderLink[] = [];
  for (const item of splitItems(text)) {
    const header = /^([^:]{2,80}?)\s*:\s*$/.exec(item);
    if (header || item === ":") {
      current = !(header && PAST_RE.test(header[1]));
      continue;
    }
    let content = item;
    let itemCurrent = current;
    const label = /^([^,:;()]{3,60}?)\s*:\s+(.*)$/.exec(item);
    if (label && !findFunders(label[1]).length) {
      // Clients are not funders ("Prestation de services aux entreprises privées : …").
      if (/prestation|clients?/i.test(label[1])) continue;
      content = label[2].replace(/^par ex\.?\s*:\s*/i, "");
      if (PAST_RE.test(label[1])) itemCurrent = false;
      else if (/actuel/i.test(label[1])) itemCurrent = true;
    } else if (PAST_RE.test(fold(item)) && !/en cours/i.test(item)) {
      itemCurrent = false;
    }
    for (const link of itemLinks(content, itemCurrent)) {
      const same = links.find((l) => l.name === link.name && l.current === link.current);
      if (!same) links.push(link);
      else if (!same.programme && link.programme) same.programme = link.programme;
    }
  }
  return links;
}
