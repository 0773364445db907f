"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextArea } from "@/components/forms/form-kit";
import { initialActionState } from "@/lib/actions/state";
import { acceptSuggestion, rejectSuggestion } from "@/lib/suggestions/actions/suggestions";

/** Accept (the value may be adjusted first) onto the version reviewed, or reject with a reason. */
export function DecisionForms({ id, version, proposed }: { id: number; version: number; proposed: string }) {
  const t = useTranslations("admin.suggestions");
  const [accepted, accept, accepting] = useActionState(acceptSuggestion, initialActionState);
  const [rejected, reject, rejecting] = useActionState(rejectSuggestion, initialActionState);
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      <form action={accept} className="space-y-2" noValidate aria-label={t("acceptLabel", { id })}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <TextArea name="value" id={`accept-${id}-value`} label={t("valueToApply")} defaultValue={proposed} errors={accepted.errors} rows={3} lang="fr" />
        <FormMessage state={accepted} />
        <SubmitButton pending={accepting} label={t("accept")} pendingLabel={t("saving")} />
      </form>
      <form action={reject} className="space-y-2" noValidate aria-label={t("rejectLabel", { id })}>
        <input type="hidden" name="id" value={id} />
        <TextArea name="reason" id={`reject-${id}-reason`} label={t("reason")} errors={rejected.errors} rows={3} required maxLength={1000} />
        <FormMessage state={rejected} />
        <SubmitButton pending={rejecting} label={t("reject")} pendingLabel={t("saving")} className="bg-slate-700 hover:bg-slate-800" />
      </form>
    </div>
  );
}
