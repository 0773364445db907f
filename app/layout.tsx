import type { Metadata } from "next";
import { getLocale, getTranslations } from "@/lib/i18n/server-hooks";
import { AccountMenu } from "@/components/account/account-menu";
import { EditionBanner } from "@/components/layout/edition-banner";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="skip-main">
          {t("skipToContent")}
        </a>
        <SiteHeader accountSlot={<AccountMenu />} />
        <EditionBanner />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
        <footer className="site-footer no-print">{t("footer")}</footer>
      </body>
    </html>
  );
}
