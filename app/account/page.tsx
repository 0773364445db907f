import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { MySuggestions } from "./my-suggestions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.page");
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/account");
  const { forbidden, suggested } = await searchParams;
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("page.title")}</h1>
      {forbidden && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("page.forbidden")}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded border border-slate-200 bg-white p-4 text-sm">
        <dt className="font-medium">{t("page.email")}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">{t("page.role")}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
      </dl>
      <p>
        <Link href="/account/password" className="text-brand-700 underline hover:text-brand-800">
          {t("page.changePassword")}
        </Link>
      </p>
      <MySuggestions userId={user.id} justSent={suggested === "1"} />
    </div>
  );
}
