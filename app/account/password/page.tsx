import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { PasswordForm } from "./password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.password");
  return { title: t("title"), robots: { index: false } };
}

export default async function PasswordPage() {
  const user = await requireUser("/account/password");
  const t = await getTranslations("account.password");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {user.mustChangePassword && (
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("firstTime")}
        </p>
      )}
      <PasswordForm email={user.email} />
    </div>
  );
}
