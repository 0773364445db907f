import "server-only";
import { createFormatter } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE, TIME_ZONE, type Locale } from "./config";
import { createFormats, type Formats } from "./format";
import { intlCache } from "./intl-cache";
import type { VocabularyMessages } from "./vocabulary";

/** The request's {@link Formats} (lib/i18n/format.ts), for async server components and route handlers. */
export async function getFormats(): Promise<Formats> {
  const [locale, vocabulary, t] = await Promise.all([getLocale(), getTranslations("vocabulary"), getTranslations("partner")]);
  return createFormats(isLocale(locale) ? locale : DEFAULT_LOCALE, vocabulary as unknown as VocabularyMessages, {
    period: (p) => t(`period.${p}`),
    per: (part) => t("facts.per", { part }),
    unlimited: t("facts.unlimited"),
  });
}

type Formatter = ReturnType<typeof createFormatter>;
const formatters = new Map<Locale, Formatter>();

/**
 * next-intl's `getFormatter()` for the public pages, with its Intl objects kept
 * for the process (./intl-cache.ts) rather than built again on every request:
 * an Intl.DateTimeFormat costs ~0.1 ms to build, and a fiche shows four dates.
 * Same locale and time zone as the request's configuration, so the same text.
 */
export async function getFormatter(): Promise<Formatter> {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = createFormatter({ locale, timeZone: TIME_ZONE, _cache: intlCache })));
  return formatter;
}
