/**
 * The report's own vocabulary in the interface's language (issue 12, "English,
 * fully"): capacity units ("apprenants") and the part a figure counts ("par
 * groupe"), actor types ("PTF"), donor themes.
 * They are closed lists in the report, so they are translated like interface
 * words, looked up by slug in lib/i18n/messages/<locale>/vocabulary.json.
 * French shows the report's words as written; a word with no translation stays
 * French and says so (lang="fr"), never a made-up English.
 */
import { slugify } from "../fiches/values/slug";

export type VocabularyGroup = "units" | "parts" | "actorTypes" | "donorThemes";

export interface Term {
  text: string;
  /** Set when the word is shown in French inside an English page. */
  lang?: "fr";
}

/** The subset of a next-intl translator this needs (useTranslations / getTranslations("vocabulary")). */
export interface VocabularyMessages {
  (key: string): string;
  has(key: string): boolean;
}

export function vocabularyTerm(locale: string, t: VocabularyMessages, group: VocabularyGroup, value: string): Term {
  if (locale === "fr") return { text: value };
  const key = `${group}.${slugify(value)}`;
  return t.has(key) ? { text: t(key) } : { text: value, lang: "fr" };
}
