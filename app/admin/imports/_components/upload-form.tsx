"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-kit";
import { initialActionState } from "@/lib/actions/state";
import { stageImport } from "@/lib/imports/actions";

/** Upload a new edition: it is compared and staged, never applied from here. */
export function UploadForm() {
  const t = useTranslations("imports.upload");
  const [state, action, pending] = useActionState(stageImport, initialActionState);
  return (
    <form action={action} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("legend")}</legend>
        <FormMessage state={state} />
        <TextField name="file" type="file" accept=".txt,text/plain" required label={t("file")} hint={t("fileHint")} errors={state.errors} ns="imports.errors" />
        <TextField name="title" label={t("title")} hint={t("titleHint")} maxLength={120} errors={state.errors} ns="imports.errors" />
      </fieldset>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
