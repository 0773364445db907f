"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextArea } from "@/components/forms/form-kit";
import { initialActionState } from "@/lib/actions/state";
import { verifyPartnerAction } from "@/lib/partners/actions/partner";

/** Confirm the fiche as it stands, with how it was checked; the version is the one this page showed. */
export function VerifyForm({ id, version }: { id: number; version: number }) {
  const t = useTranslations("admin.verify");
  const [state, action, pending] = useActionState(verifyPartnerAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextArea name="note" label={t("note")} hint={t("noteHint")} errors={state.errors} required maxLength={1000} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("saving")} />
    </form>
  );
}
