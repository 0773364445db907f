"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useLocalize } from "@/lib/i18n/use-localize";
import { useActionState } from "react";
import { changeOwnPassword } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/actions/state";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-kit";

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.password");
  const localize = useLocalize();
  const [state, action, pending] = useActionState(changeOwnPassword, initialActionState);
  return (
    <form action={action} className="mt-6 space-y-4 rounded border border-slate-200 bg-white p-5" noValidate>
      <FormMessage state={state} />
      {state.ok && (
        <p>
          <Link href={localize("/partners")} className="text-brand-700 underline">
            {t("continue")}
          </Link>
        </p>
      )}
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField name="current" label={t("current")} type="password" autoComplete="current-password" required errors={state.errors} ns="auth.errors" />
      <TextField name="next" label={t("next")} type="password" autoComplete="new-password" required hint={t("nextHint")} errors={state.errors} ns="auth.errors" />
      <TextField name="confirm" label={t("confirm")} type="password" autoComplete="new-password" required errors={state.errors} ns="auth.errors" />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submit")} />
    </form>
  );
}
