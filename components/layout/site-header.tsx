import { Link } from "@/lib/i18n/navigation";
import { useLocale, useTranslations } from "@/lib/i18n/server-hooks";
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

export function SiteHeader({ accountSlot }: { accountSlot?: React.ReactNode }) {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    // Styled by `.site-header`, `.site-brand`, `.site-nav` (app/globals.css): on every page, in the HTML and
    // again in the React payload, so short class names rather than Tailwind lists (issue 8).
    <header className="site-header no-print">
      <div>
        <Link href="/partners" className="site-brand">
          <span>{t("appName")}</span>
          <span>{t("tagline")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(`nav.${item.key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          {accountSlot}
          <LanguageSwitcher current={locale} label={t("language.label")} />
        </div>
      </div>
    </header>
  );
}
