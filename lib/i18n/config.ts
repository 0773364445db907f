/** The interface speaks French first (the data is French), with English available. */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
/** The cookie next-intl's own middleware would use; we set it from a server action. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
/** The language of the report itself: its names and sentences are French whatever the interface's. */
export const REPORT_LANG = "fr";

/**
 * The `lang` the report's own words carry on a page in `locale`: none on a French page, where
 * they share the page's language (25 rows of `lang="fr"` would be noise); French on any other.
 */
export function reportLangOn(locale: string): typeof REPORT_LANG | undefined {
  return locale === REPORT_LANG ? undefined : REPORT_LANG;
}

/** Dates and times read as in Mali, whatever the server's own time zone. */
export const TIME_ZONE = "Africa/Bamako";
