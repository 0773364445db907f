"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signIn } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/actions/state";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-kit";

export function SignInForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage?: string }) {
  const t = useTranslations("auth.signIn");
  const [state, action, pending] = useActionState(signIn, initialMessage ? { ok: false, message: initialMessage } : initialActionState);
  // A refused sign-in keeps the address typed (the action sends it back): only the password is retyped.
  const email = typeof state.values?.email === "string" ? state.values.email : "";
  return (
    <form action={action} className="mt-6 space-y-4 rounded border border-slate-200 bg-white p-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        key={email}
        name="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        required
        defaultValue={email}
        errors={state.errors}
        ns="auth.errors"
      />
      <TextField name="password" label={t("password")} type="password" autoComplete="current-password" required errors={state.errors} ns="auth.errors" />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
