/**
 * Amounts of money as the report writes them (docs/report-format.md §4.9): FCFA with dot
 * or space thousands, scale words ("8,6 milliards FCFA"), ranges
 * ("50.000 à 300.000 EUR"), bare amounts and "Non communiqué".
 */
import type { Money, MoneyPart } from "../types";
import { FRENCH_NUMBER_SOURCE, parseFrenchNumber } from "./numbers";
import { fold } from "./text";

const CURRENCIES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:f\.?\s?cfa|fcfa|francs?\s+cfa|cfa|xof)/, "XOF"],
  [/^(?:chf|francs?\s+suisses?)/, "CHF"],
  [/^(?:eur(?:os?)?|€)/, "EUR"],
  [/^(?:usd|us\s?\$|\$|dollars?)/, "USD"],
];

const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^milliards?/, 1e9],
  [/^millions?/, 1e6],
  [/^mille(?!\p{L})/u, 1e3],
];

interface Figure {
  value: number;
  currency: string | null;
  /** A scale word or a currency follows: this is surely money. */
  marked: boolean;
  /** Index just after the figure and its words. */
  end: number;
  year: boolean;
  percent: boolean;
}

/** Read the number at `index` and the scale/currency words after it. */
function readFigure(text: string, index: number, raw: string): Figure | null {
  const base = parseFrenchNumber(raw);
  if (base === null) return null;
  let pos = index + raw.length;
  const ahead = () => fold(text.slice(pos));
  let value = base;
  let marked = false;
  const sp = /^\s*/.exec(ahead())![0].length;
  const percent = ahead().slice(sp).startsWith("%");
  for (const [re, factor] of SCALES) {
    const m = re.exec(ahead().slice(sp));
    if (m) {
      value = base * factor;
      marked = true;
      pos += sp + m[0].length;
      break;
    }
  }
  let currency: string | null = null;
  const pre = /^\s*(?:de\s+|d')?/.exec(ahead())![0].length;
  for (const [re, code] of CURRENCIES) {
    const m = re.exec(ahead().slice(pre));
    // A currency word must end there: "CFA" yes, "Cfaaa" or "EURopean" no.
    if (m && !/^\p{L}/u.test(ahead().slice(pre + m[0].length))) {
      currency = code;
      marked = true;
      pos += pre + m[0].length;
      break;
    }
  }
  const year = !marked && Number.isInteger(base) && base >= 1950 && base <= 2100 && !/[.\s]/.test(raw);
  return { value: Math.round(value * 100) / 100, currency, marked, end: pos, year, percent };
}

const NUMBER_RE = new RegExp(`(?<![\\d.,/\\p{L}])(?:${FRENCH_NUMBER_SOURCE})(?!\\p{L}|\\d)`, "gu");
const RANGE_JOIN_RE = /^\s*(?:à|a|et|-|–|—)\s*$/;

/**
 * A budget as written: its amount (the first one, or the total of listed
 * parts), currency, text, and parts. A range gives its upper bound; "Non
 * communiqué" and texts without a figure give amount null. Returns null only
 * for an empty text.
 */
export function parseMoney(text: string): Money | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parts = listedParts(trimmed);
  const first = firstAmount(trimmed);
  if (parts.length < 2) return { ...first, parts: [] };
  // Parts listed without a total: their sum, when they share a currency, is the budget.
  const currency = parts[0].currency;
  const same = parts.every((p) => p.currency === currency);
  const total = Math.round(parts.reduce((sum, p) => sum + p.amount, 0) * 100) / 100;
  return { amount: same ? total : first.amount, currency: same ? currency : first.currency, text: trimmed, parts };
}

/** Split at top level (outside brackets) on ", ", "; " and " et ". */
function topLevelItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const sep = /^(?:[,;]\s+|\s+et\s+)/.exec(text.slice(i));
      if (sep) {
        items.push(text.slice(start, i));
        start = i + sep[0].length;
        i = start - 1;
      }
    }
  }
  items.push(text.slice(start));
  return items.map((s) => s.replace(/\s+/g, " ").trim().replace(/[.;]$/, "").trim()).filter(Boolean);
}

/** The only amount of a piece, when it is money (a currency or scale word follows). */
function soleAmount(piece: string): { amount: number; currency: string | null } | null {
  const found = [...piece.matchAll(NUMBER_RE)].map((m) => readFigure(piece, m.index ?? 0, m[0])).filter((f) => f && !f.percent && !f.year);
  if (found.length !== 1 || !found[0]!.marked) return null;
  return { amount: found[0]!.value, currency: found[0]!.currency };
}

/**
 * "Phase I (9 millions EUR) et phase II (15 millions EUR)": every item is a
 * label with its amount in brackets, or an amount with its label in brackets.
 * Anything else (a total followed by its breakdown, prose) gives no parts.
 */
function listedParts(text: string): MoneyPart[] {
  const items = topLevelItems(text);
  if (items.length < 2) return [];
  const parts: MoneyPart[] = [];
  for (const item of items) {
    const m = /^(.*?)\s*\(([^()]+)\)$/.exec(item);
    if (!m) return [];
    const [outside, inside] = [m[1].trim(), m[2].trim()];
    const inBrackets = soleAmount(inside);
    const before = soleAmount(outside);
    // A label holds no figure but a phase number ("Phase 2", "Tranche 1").
    const labelOnly = (s: string) => s !== "" && !/\d/.test(s.replace(/\b(?:phase|tranche|lot)\s+\d+\b/gi, ""));
    if (inBrackets && labelOnly(outside)) parts.push({ label: outside, ...inBrackets });
    else if (before && labelOnly(inside)) parts.push({ label: inside, ...before });
    else return [];
  }
  return parts;
}

/** The first amount of a text: a range gives its upper bound. */
function firstAmount(trimmed: string): Omit<Money, "parts"> {
  const figures: Figure[] = [];
  const starts: number[] = [];
  for (const m of trimmed.matchAll(NUMBER_RE)) {
    const f = readFigure(trimmed, m.index ?? 0, m[0]);
    if (f && !f.percent) {
      figures.push(f);
      starts.push(m.index ?? 0);
    }
  }
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const next = figures[i + 1];
    // "50.000 à 300.000 EUR", "3 à 5 millions EUR": the upper bound carries the words.
    if (!f.marked && next?.marked && RANGE_JOIN_RE.test(trimmed.slice(f.end, starts[i + 1]))) {
      return { amount: next.value, currency: next.currency, text: trimmed };
    }
    if (f.marked) return { amount: f.value, currency: f.currency, text: trimmed };
  }
  // No currency nor scale anywhere: a bare amount ("345.000 pour la menuiserie").
  const bare = figures.find((f) => !f.year);
  return { amount: bare ? bare.value : null, currency: null, text: trimmed };
}
