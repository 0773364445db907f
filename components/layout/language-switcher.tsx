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
    <ul aria-label={label} className="flex overflow-hidden rounded border border-slate-300 text-sm">
      {LOCALES.map((locale, i) => (
        <li key={locale}>
          <a
            href={hrefs[i]}
            hrefLang={locale}
            lang={locale}
            aria-current={current === locale ? "true" : undefined}
            className={
              current === locale
                ? "block bg-brand-700 px-2 py-1 font-medium text-white"
                : "block bg-white px-2 py-1 text-slate-700 hover:bg-brand-50"
            }
          >
            {NAMES[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
