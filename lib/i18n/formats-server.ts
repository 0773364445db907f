import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE } from "./config";
import { createFormats, type Formats } from "./format";
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
