/** The interface speaks French first (the data is French), with English available. */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
/** The cookie next-intl's own middleware would use; we set it from a server action. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
/** Dates and times read as in Mali, whatever the server's own time zone. */
export const TIME_ZONE = "Africa/Bamako";
