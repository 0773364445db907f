import { useLocale, useTranslations } from "next-intl";
import { vocabularyTerm, type VocabularyGroup, type VocabularyMessages } from "@/lib/i18n/vocabulary";

/** A word of the report's vocabulary, in the page's language (lib/i18n/vocabulary.ts). Server components only. */
export function Term({ group, value, className }: { group: VocabularyGroup; value: string; className?: string }) {
  const locale = useLocale();
  const term = vocabularyTerm(locale, useTranslations("vocabulary") as unknown as VocabularyMessages, group, value);
  // The language is always said: the term may sit inside a lang="fr" block of report text.
  return (
    <span lang={term.lang ?? locale} className={className}>
      {term.text}
    </span>
  );
}
