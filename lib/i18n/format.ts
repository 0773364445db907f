/**
 * Figures in the interface's language (issue 12, "English, fully"): counts,
 * shares, rates, money and capacities, the one place that decides how they
 * read ("1 200" / "1,200", "12,5 %" / "12.5%", "60 000 000 $US" / "US$60,000,000").
 * Pages, the list's cells and the print view get a {@link Formats} through
 * `getFormats()` (lib/i18n/formats-server.ts) or `useFormats()`
 * (components/i18n/use-formats.ts); nothing formats a figure by hand.
 * Pure: no Next.js, no database, so it is unit-tested as is.
 */
import type { CapacityPeriod } from "../db/generated/enums";
import type { CapacityView } from "../partners/capacity";
import { processMemo } from "../runtime/process-memo";
import type { Locale } from "./config";
import { vocabularyTerm, type Term, type VocabularyMessages } from "./vocabulary";

/**
 * The Intl locale of each interface language. British English: the messages
 * spell "organisation", and "US$" tells the dollar apart where CFA francs and
 * euros are the everyday currencies.
 */
export const INTL_LOCALES: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/** The interface words a capacity needs besides its figures (the `partner` messages). */
export interface CapacityMessages {
  /** "par an" / "per year". */
  period: (p: CapacityPeriod) => string;
  /** "par {part}" / "per {part}": the part, already in the page's language. */
  per: (part: string) => string;
  /** "Pas de limite" / "No limit". */
  unlimited: string;
}

export interface Formats {
  locale: Locale;
  /** A count or a figure: "1 200" / "1,200". */
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** A share between 0 and 1 as a percentage: "12,5 %" / "12.5%". */
  share: (share: number, maximumFractionDigits?: number) => string;
  /** A rate the report gives in percent (85 for 85 %): "85 %" / "85%". */
  rate: (percent: number, maximumFractionDigits?: number) => string;
  /** An amount with its ISO currency ("XOF" for FCFA); an unknown code follows the figure as written. */
  money: (amount: number | null, currency: string | null) => string | null;
  /** "100–200": a range of two figures, or one. */
  range: (min: number | null, max: number | null) => string | null;
  /** A word of the report's vocabulary in the page's language ("apprenants" → "learners"). */
  term: (group: "units" | "parts", value: string) => Term;
  /**
   * A capacity's figure in one line: "800 learners per year", "25 apprenants par groupe",
   * "No limit"; null when the fiche gives no figure (its sentence is then the answer).
   * `lang` is "fr" when a word of it had no translation and stays as the report writes it.
   */
  capacity: (c: Omit<CapacityView, "text">) => Term | null;
}

/**
 * Number formatters shared by every request of the process, per language and
 * options: building an Intl.NumberFormat costs far more than using one, and a
 * page asks the same few (counts, percentages, a currency or two). Bounded
 * because a currency code comes from the data.
 */
const numberFormats = processMemo((key: string) => {
  const [intl, options] = JSON.parse(key) as [string, Intl.NumberFormatOptions];
  return new Intl.NumberFormat(intl, options);
}, 200);

function numberFormat(intl: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return numberFormats(JSON.stringify([intl, options]));
}

export function createFormats(locale: Locale, vocabulary: VocabularyMessages, messages: CapacityMessages): Formats {
  const intl = INTL_LOCALES[locale];
  const formatter = (options: Intl.NumberFormatOptions = {}) => numberFormat(intl, options);
  const number = (n: number, options?: Intl.NumberFormatOptions) => formatter(options).format(n);
  const term = (group: "units" | "parts", value: string) => vocabularyTerm(locale, vocabulary, group, value);
  const range = (min: number | null, max: number | null) => {
    if (min == null && max == null) return null;
    return min != null && max != null && min !== max ? `${number(min)}–${number(max)}` : number((max ?? min)!);
  };

  return {
    locale,
    number,
    share: (share, maximumFractionDigits = 1) => number(share, { style: "percent", maximumFractionDigits }),
    rate: (percent, maximumFractionDigits = 2) => number(percent / 100, { style: "percent", maximumFractionDigits }),
    money(amount, currency) {
      if (amount == null) return null;
      if (currency) {
        try {
          return number(amount, { style: "currency", currency, maximumFractionDigits: 0 });
        } catch {
          // Not an ISO 4217 code (a parser novelty): the code as written, after the figure.
        }
      }
      const figure = number(amount, { maximumFractionDigits: 2 });
      return currency ? `${figure} ${currency}` : figure;
    },
    range,
    term,
    capacity(c) {
      if (c.unlimited) return { text: messages.unlimited };
      const figure = range(c.min, c.max);
      if (figure === null) return null;
      const unit = c.unit ? term("units", c.unit) : null;
      const part = c.per ? term("parts", c.per) : null;
      const text = [figure, unit?.text, part ? messages.per(part.text) : null, c.period ? messages.period(c.period) : null].filter(Boolean).join(" ");
      return unit?.lang || part?.lang ? { text, lang: "fr" } : { text };
    },
  };
}
