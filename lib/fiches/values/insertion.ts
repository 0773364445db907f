/**
 * Job-placement rates ("Statistiques d’insertion"): "68,67% en 2021",
 * "70-80%" (midpoint), "65% des 130 apprenants". Link dumps carry
 * URL-encoded "%5b0%5d" (docs/report-format.md §4.2), so URLs are removed before matching.
 */
import type { Insertion } from "../types";
import { squash } from "./text";

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\S*%[0-9a-f]{2}\S*/gi;
const NUM = String.raw`\d{1,3}(?:,\d+)?`;
const RATE_RE = new RegExp(String.raw`(?<![\d.,])(${NUM})(?:\s*%?\s*(?:-|–|à|et)\s*(${NUM}))?\s?%`);
const YEAR_RE = /(?<![\d.,/])(19[5-9]\d|20\d\d)(?![\d])/;

const toNumber = (s: string) => Number(s.replace(",", "."));

/** The first placement rate of a text and its year; the text alone when no rate; null when empty. */
export function parseInsertion(text: string): Insertion | null {
  const written = squash(text);
  if (!written) return null;
  const clean = written.replace(URL_RE, " ");
  const m = RATE_RE.exec(clean);
  let rate: number | null = null;
  let yearSource = clean;
  if (m) {
    const low = toNumber(m[1]);
    const high = m[2] !== undefined ? toNumber(m[2]) : null;
    rate = high !== null ? (low + high) / 2 : low;
    // The year of the rate is in its sentence, preferably after it ("68,67% en 2021").
    const end = clean.indexOf(". ", m.index);
    yearSource = clean.slice(m.index, end < 0 ? undefined : end) + " " + clean.slice(0, m.index);
  }
  const y = YEAR_RE.exec(yearSource);
  return { text: written, rate, year: y ? Number(y[1]) : null };
}
