import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminHome() {
  await requireRole("admin", "/admin");
  const t = await getTranslations("admin");
  const links = [
    { href: "/admin/users", label: t("nav.users") },
    { href: "/admin/suggestions", label: t("nav.suggestions") },
    { href: "/admin/partners/new", label: t("nav.newPartner") },
    { href: "/admin/imports", label: t("nav.imports") },
    { href: "/partners", label: t("nav.partners") },
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ul className="flex flex-wrap gap-3">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="inline-block rounded border border-slate-300 bg-white px-4 py-2 text-brand-800 hover:bg-brand-50">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
