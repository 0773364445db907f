import { Link } from "@/lib/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

const NAV = [
  { href: "/partners", key: "partners" },
  { href: "/donors", key: "donors" },
  { href: "/funders", key: "funders" },
  { href: "/regions", key: "regions" },
  { href: "/compare", key: "compare" },
  { href: "/sources", key: "sources" },
  { href: "/api-docs", key: "apiDocs" },
  { href: "/about", key: "about" },
] as const;

export async function SiteHeader({ accountSlot }: { accountSlot?: React.ReactNode }) {
  const t = await getTranslations("common");
  const locale = await getLocale();
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/partners" className="flex flex-col leading-tight">
          <span className="text-lg font-semibold text-brand-700">{t("appName")}</span>
          <span className="text-xs text-slate-600">{t("tagline")}</span>
        </Link>
        {/* Styled by `.site-nav` (app/globals.css): on every page, in the HTML and again in the React payload. */}
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(`nav.${item.key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3">
          {accountSlot}
          <LanguageSwitcher current={locale} label={t("language.label")} />
        </div>
      </div>
    </header>
  );
}
