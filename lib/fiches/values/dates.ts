/**
 * Years and dates in the report's free text (docs/report-format.md §4.8): durations
 * ("Début mars 2019 – 3 ans (en cours)", "11/2022 – 11/2025", "2022/23"),
 * creation years ("créée le 5 juillet 2018", "créée par la loi n°03-31 du
 * 25 août 2003") and day dates. Legal references ("n°03-31", "81-08") carry
 * two-digit numbers only, so reading four-digit years 1950–2100 skips them.
 */
import { fold } from "./text";

const MIN_YEAR = 1950;
const MAX_YEAR = 2100;

/** French month names (folded), plus the English slips the report makes ("April 2016"). */
const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};
const MONTH_ALT = Object.keys(MONTHS).join("|");

const isYear = (n: number) => n >= MIN_YEAR && n <= MAX_YEAR;

/** Four-digit years in order, "2022/23" read as 2022 then 2023. */
function yearsIn(text: string): { year: number; index: number; end: number }[] {
  const out: { year: number; index: number; end: number }[] = [];
  // Not after "n°" (law numbers such as "n°2016-26"), not inside a bigger number.
  for (const m of text.matchAll(/(?<![\d.,]|[nN][°º]\s?)(\d{4})(?:\/(\d{2}))?(?!\d|[.,]\d)/g)) {
    const y = Number(m[1]);
    if (!isYear(y)) continue;
    const index = m.index ?? 0;
    out.push({ year: y, index, end: index + m[0].length });
    if (m[2] !== undefined) {
      const short = Math.floor(y / 100) * 100 + Number(m[2]);
      if (short > y) out.push({ year: short, index, end: index + m[0].length });
    }
  }
  return out;
}

/**
 * Start and end years of a duration. The end is the last year written, or the
 * start plus "N ans" ("Début mars 2019 – 3 ans" -> 2019–2022).
 */
export function parseYearRange(text: string): { startYear: number | null; endYear: number | null } {
  const years = yearsIn(text);
  if (years.length === 0) return { startYear: null, endYear: null };
  const startYear = years[0].year;
  const later = years.slice(1).map((y) => y.year).filter((y) => y >= startYear);
  if (later.length > 0) return { startYear, endYear: Math.max(...later) };
  const span = /^\s*[-–—à]\s*(\d{1,2})\s*ans?\b/.exec(fold(text.slice(years[0].end)));
  return { startYear, endYear: span ? startYear + Number(span[1]) : null };
}

/**
 * Verbs that introduce a creation date ("mis en place" only in the passive:
 * the structure itself was set up; a centre's inauguration is its opening).
 */
const FOUNDED_RE = new RegExp(
  // Not after "a"/"ont": "le centre a créé en 2015 une filière" dates something else;
  // "né(e)" only before a place or date, as "ne" is also a negation.
  String.raw`(?<!\b(?:a|ont) )\b(?:cree|creee|crees|creees|fonde|fondee|fondees|lance|lancee|etabli|etablie|institue|instituee|inaugure|inauguree)\b|\bnee?s? (?=en|le|a|au|dans)|\bete mise? en place\b|annee de creation|date de creation|depuis sa creation`,
  "g",
);

/** "Existe depuis 1995": existence, unlike presence ("présente au Mali depuis 1989"), dates the structure. */
const EXISTS_SINCE_RE = /\b(?:existe|existant|en activite|operationnel(?:le)?) depuis (?:fin |debut )?(\d{4})\b/;

/**
 * The year a structure was created, from "créé en 2006", "fondée en octobre
 * 1969", "Année de création : 2011", "créée par la loi … du 25 août 2003",
 * "existe depuis 1995". Conservative: without a creation verb, a year is not
 * a founding year ("présente au Mali depuis 1989" is presence, a lone date
 * may be anything), so null.
 */
export function parseFounded(text: string): number | null {
  const f = fold(text);
  for (const m of f.matchAll(FOUNDED_RE)) {
    // The year must be in the same sentence and close to the verb.
    const after = f.slice(m.index ?? 0).split(/[.;](?:\s|$)/)[0].slice(0, 120);
    const y = yearsIn(after)[0];
    if (y) return y.year;
  }
  const since = EXISTS_SINCE_RE.exec(f);
  if (since && isYear(Number(since[1]))) return Number(since[1]);
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** First day date of a text as ISO yyyy-mm-dd: "02/11/2022", "le 5 juillet 2018", "1er mars 2020". */
export function parseFrenchDate(text: string): string | null {
  const f = fold(text);
  const candidates: { index: number; iso: string }[] = [];
  const numeric = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(f);
  if (numeric) {
    const [d, m, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (d >= 1 && d <= 31 && m >= 1 && m <= 12 && isYear(y)) {
      candidates.push({ index: numeric.index, iso: `${y}-${pad(m)}-${pad(d)}` });
    }
  }
  const worded = new RegExp(String.raw`\b(\d{1,2})(?:er)? (${MONTH_ALT}) (\d{4})\b`).exec(f);
  if (worded) {
    const [d, m, y] = [Number(worded[1]), MONTHS[worded[2]], Number(worded[3])];
    if (d >= 1 && d <= 31 && isYear(y)) candidates.push({ index: worded.index, iso: `${y}-${pad(m)}-${pad(d)}` });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.iso ?? null;
}
