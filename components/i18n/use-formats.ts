import { useLocale, useTranslations } from "next-intl";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { createFormats, type Formats } from "@/lib/i18n/format";
import type { VocabularyMessages } from "@/lib/i18n/vocabulary";

/** The page's {@link Formats} (lib/i18n/format.ts), for components that are not async (server or client). */
export function useFormats(): Formats {
  const locale = useLocale();
  const vocabulary = useTranslations("vocabulary");
  const t = useTranslations("partner");
  return createFormats(isLocale(locale) ? locale : DEFAULT_LOCALE, vocabulary as unknown as VocabularyMessages, {
    period: (p) => t(`period.${p}`),
    per: (part) => t("facts.per", { part }),
    unlimited: t("facts.unlimited"),
  });
}
