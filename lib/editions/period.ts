/**
 * An edition's interview period in a reader's words: "nov.–déc. 2022",
 * "Nov–Dec 2022", "déc. 2022 – janv. 2023". Pure; dates are ISO days.
 */
import type { EditionPeriod } from "./describe";
import { processMemo } from "../runtime/process-memo";

interface MonthFormats {
  month: Intl.DateTimeFormat;
  monthYear: Intl.DateTimeFormat;
}

/**
 * The two formatters of each interface language, made once per process: every
 * page shows the period (the edition banner) and building an Intl.DateTimeFormat
 * costs about as much as rendering the rest of the banner (issue 8's profile).
 */
// Callers pass an interface locale (two of them); the bound only guards a caller that would not.
const monthFormats = processMemo(
  (locale: string): MonthFormats => ({
    month: new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }),
    monthYear: new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }),
  }),
  8,
);

export function formatPeriod(period: EditionPeriod, locale: string): string | null {
  const from = period.from ?? period.to;
  const to = period.to ?? period.from;
  if (!from || !to) return null;
  const day = (iso: string) => new Date(`${iso}T12:00:00.000Z`);
  const { month, monthYear } = monthFormats(locale);
  const [a, b] = [day(from), day(to)];
  if (from.slice(0, 7) === to.slice(0, 7)) return monthYear.format(b);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${month.format(a)}–${monthYear.format(b)}`;
  return `${monthYear.format(a)} – ${monthYear.format(b)}`;
}
