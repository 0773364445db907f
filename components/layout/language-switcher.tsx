import { LOCALES, type Locale } from "@/lib/i18n/config";
import { hrefIn } from "@/lib/i18n/navigation";

const NAMES: Record<Locale, string> = { fr: "Français", en: "English" };

/**
 * A link per language to this same page (path and query kept) in that
 * language: the locale is in the URL (issue 12). A full page load, so the
 * whole document, <html lang> included, changes language; works without JavaScript.
 */
export async function LanguageSwitcher({ current, label }: { current: string; label: string }) {
  const hrefs = await Promise.all(LOCALES.map((locale) => hrefIn(locale)));
  return (
    // Styled by `.lang-switch` (app/globals.css).
    <ul aria-label={label} className="lang-switch">
      {LOCALES.map((locale, i) => (
        <li key={locale}>
          <a
            href={hrefs[i]}
            hrefLang={locale}
            lang={locale}
            // Only on the current one: an undefined prop is still written into the React payload.
            {...(current === locale ? { "aria-current": "true" } : {})}
          >
            {NAMES[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
