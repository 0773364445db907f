import { setLocale } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/config";

const NAMES: Record<string, string> = { fr: "Français", en: "English" };

/** A form per language: it posts to a server action, so it works without JavaScript. */
export function LanguageSwitcher({ current, label }: { current: string; label: string }) {
  return (
    <div role="group" aria-label={label} className="flex overflow-hidden rounded border border-slate-300 text-sm">
      {LOCALES.map((locale) => (
        <form key={locale} action={setLocale}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            lang={locale}
            aria-pressed={current === locale}
            className={
              current === locale
                ? "bg-brand-700 px-2 py-1 font-medium text-white"
                : "bg-white px-2 py-1 text-slate-700 hover:bg-brand-50"
            }
          >
            {NAMES[locale]}
          </button>
        </form>
      ))}
    </div>
  );
}
