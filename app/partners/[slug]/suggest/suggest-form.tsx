"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "@/components/forms/form-kit";
import { initialActionState } from "@/lib/actions/state";
import { suggestCorrection } from "@/lib/suggestions/actions/suggestions";
import type { FieldInput } from "@/lib/suggestions/fields";

interface Props {
  partnerId: number;
  field: string;
  input: FieldInput;
  current: string;
  /** For a field chosen from a list: its options, labelled. */
  choices?: Array<{ value: string; label: string }>;
}

/** The correction of one field: the value as it should be (starting from the current one) and where it comes from. */
export function SuggestForm({ partnerId, field, input, current, choices }: Props) {
  const t = useTranslations("suggestions.form");
  const [state, action, pending] = useActionState(suggestCorrection, initialActionState);
  const common = { name: "proposedValue", label: t("proposed"), errors: state.errors, hint: input === "lines" ? t(`hints.${field.split(".")[0]}`) : undefined };
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="partnerId" value={partnerId} />
      <input type="hidden" name="field" value={field} />
      {input === "choice" ? (
        <SelectField {...common} options={choices ?? []} defaultValue={current} />
      ) : input === "line" ? (
        <TextField {...common} defaultValue={current} maxLength={5000} />
      ) : (
        <TextArea {...common} defaultValue={current} rows={input === "lines" ? 6 : 4} maxLength={5000} lang="fr" />
      )}
      <TextArea name="comment" label={t("comment")} hint={t("commentHint")} errors={state.errors} required maxLength={1000} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("sending")} />
    </form>
  );
}
