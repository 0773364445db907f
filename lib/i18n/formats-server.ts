import "server-only";
import { createFormatter } from "next-intl";
import { processMemo } from "../runtime/process-memo";
import { getLocale, getTranslations, useLocale, useTranslations } from "./server-hooks";
import { isLocale, DEFAULT_LOCALE, TIME_ZONE, type Locale } from "./config";
import { createFormats, type Formats } from "./format";
import { intlCache } from "./intl-cache";
import type { VocabularyMessages } from "./vocabulary";

/** The "partner" messages' translator, from getTranslations or useTranslations. */
type Translator = (key: string, values?: Record<string, string>) => string;

function formatsFor(locale: string, vocabulary: unknown, t: Translator): Formats {
  return createFormats(isLocale(locale) ? locale : DEFAULT_LOCALE, vocabulary as VocabularyMessages, {
    period: (p) => t(`period.${p}`),
    per: (part) => t("facts.per", { part }),
    unlimited: t("facts.unlimited"),
  });
}

/** The request's {@link Formats} (lib/i18n/format.ts), for async server components and route handlers. */
export async function getFormats(): Promise<Formats> {
  const [locale, vocabulary, t] = await Promise.all([getLocale(), getTranslations("vocabulary"), getTranslations("partner")]);
  return formatsFor(locale, vocabulary, t);
}

/**
 * {@link getFormats} for a server component that is not async (next-intl's hooks
 * read the request's configuration with `use()`): React renders such a
 * component inline, without a task and a payload row of its own.
 */
export function useFormats(): Formats {
  return formatsFor(useLocale(), useTranslations("vocabulary"), useTranslations("partner"));
}

type Formatter = ReturnType<typeof createFormatter>;
const formatters = processMemo((locale: Locale): Formatter => createFormatter({ locale, timeZone: TIME_ZONE, _cache: intlCache }), 8);

/**
 * next-intl's formatter for the public pages, with its Intl objects kept for
 * the process (./intl-cache.ts) rather than built again on every request: an
 * Intl.DateTimeFormat costs ~0.1 ms to build, and a fiche shows four dates.
 * Same locale and time zone as the request's configuration, so the same text.
 */
function formatterFor(requested: string): Formatter {
  return formatters(isLocale(requested) ? requested : DEFAULT_LOCALE);
}

/** next-intl's `getFormatter()`, its Intl objects kept for the process ({@link formatterFor}). */
export async function getFormatter(): Promise<Formatter> {
  return formatterFor(await getLocale());
}

/** {@link getFormatter} for a server component that is not async (see {@link useFormats}). */
export function useFormatter(): Formatter {
  return formatterFor(useLocale());
}
