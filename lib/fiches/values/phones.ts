/**
 * Malian phone numbers as the report writes them (docs/report-format.md §4.5;
 * illustrative digits): "+223 63.12.34.56", "+223/66.12.34.56", "+ 223/76…", "00223 83 12 34 56",
 * several numbers joined by "/", " et ". The "/" after the country code is a
 * separator, not a second number. Dates, years and amounts are not phones.
 */
import type { Phone } from "../types";

const COUNTRY_CODE = "223";

/** Country prefix, with the spacing and slash variants seen in the report. */
const PREFIX = String.raw`(?:\+\s?223|00\s?223)\s*\/?\s*`;
/** Eight digits in pairs with one consistent separator (capture group `g`), or eight digits glued. */
const wellFormed = (g: number) => `\\d{2}([.\\s]?)\\d{2}\\${g}\\d{2}\\${g}\\d{2}`;
/** After a prefix, anything that looks like digits (kept as written when malformed). */
const LOOSE = String.raw`\d[\d.]*\d`;

const PHONE_RE = new RegExp(
  // 1: prefixed number (2: its pair separator); 3: pair-grouped number without prefix (4: its separator).
  String.raw`(${PREFIX}(?:${wellFormed(2)}(?![\d.]?\d)|${LOOSE}))|(?<![\d.,+])(\d{2}([.\s])\d{2}\4\d{2}\4\d{2})(?![\d]|[.,]\d)`,
  "g",
);

function toE164(digitsPart: string): string | null {
  const body = digitsPart.replace(/^(?:\+\s?223|00\s?223)\s*\/?\s*/, "");
  if (!new RegExp(`^${wellFormed(1)}$`).test(body)) return null;
  return `+${COUNTRY_CODE}${body.replace(/\D/g, "")}`;
}

/** Every phone number of a text, in order, as written and in +223XXXXXXXX form (null when malformed). */
export function parsePhones(text: string): Phone[] {
  const out: Phone[] = [];
  for (const m of text.matchAll(PHONE_RE)) {
    const written = (m[1] ?? m[3]).trim();
    const phone = { text: written, e164: toE164(written) };
    if (!out.some((p) => p.text === phone.text)) out.push(phone);
  }
  return out;
}
