import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getSessionUser } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title"), robots: { index: false } };
}

const NEXT_AUTH_ERRORS: Record<string, string> = {
  CredentialsSignin: "auth.errors.invalidCredentials",
  DatabaseUnavailable: "auth.errors.databaseUnavailable",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  const user = await getSessionUser();
  if (user) return redirect(user.mustChangePassword ? "/account/password" : callbackUrl);
  const t = await getTranslations("auth.signIn");
  // next-auth's own endpoints come back here with ?error=<code> (never a raw message: lib/auth/options.ts).
  const error = typeof params.error === "string" ? (NEXT_AUTH_ERRORS[params.error] ?? "auth.errors.signInFailed") : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-700">{t("intro")}</p>
      <SignInForm callbackUrl={callbackUrl} initialMessage={error} />
      {/* Not a labelled region: its name ("Mot de passe oublié ?") would read as a second password label. */}
      <div className="mt-6 text-sm text-slate-700">
        <h2 className="font-semibold text-slate-900">{t("forgotTitle")}</h2>
        <p className="mt-1">{t("forgotText")}</p>
      </div>
    </div>
  );
}
