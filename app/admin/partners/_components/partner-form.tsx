"use client";
/**
 * The partner form (edit and create). With JavaScript, the shared zod schema
 * checks it before sending and the server's answer appears without a reload;
 * without JavaScript it is a plain post to the same server action.
 */
import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import { formDataToObject, fieldErrors } from "@/lib/auth/action/form-data";
import { initialActionState, type ActionState } from "@/lib/auth/action/state";
import type { PartnerSnapshot } from "@/lib/partners/history";
import { partnerCreateSchema, partnerEditSchema } from "@/lib/partners/schemas";
import { FormMessage, SubmitButton, TextArea, type Errors } from "@/components/forms/form-kit";
import { ConflictNotice } from "./conflict-notice";
import { CoverageFields, IdentityFields } from "./identity-fields";
import { FactsFields } from "./facts-fields";
import { ContactRows, FundingRows, TrainingRows } from "./row-fields";
import { SectionFields } from "./section-fields";
import type { Choice } from "../_lib/load";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface PartnerFormProps {
  action: Action;
  mode: "edit" | "create";
  partner: { id: number; version: number; slug: string } | null;
  snapshot: PartnerSnapshot | null;
  regions: Choice[];
  funders: Choice[];
}

export function PartnerForm({ action, mode, partner, snapshot, regions, funders }: PartnerFormProps) {
  const t = useTranslations("admin.edit");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [clientErrors, setClientErrors] = useState<Errors>(undefined);
  const [, startTransition] = useTransition();
  const errors = clientErrors ?? state.errors;
  // After a save the page's data is revalidated too; whichever is newer wins
  // (an archive from the form below also moves the version on).
  const saved = state.ok && typeof state.values?.version === "number" ? state.values.version : 0;
  const version = partner ? Math.max(saved, partner.version) : undefined;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Submitting through the transition (not the form's action) keeps the
    // fields as typed: React would reset them after an action submission.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const schema = mode === "edit" ? partnerEditSchema : partnerCreateSchema;
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      setClientErrors(fieldErrors(parsed.error.issues));
      event.currentTarget.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    setClientErrors(undefined);
    startTransition(() => formAction(formData));
  }

  const common = { errors, snapshot };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {partner && <input type="hidden" name="id" value={partner.id} />}
      {partner && <input type="hidden" name="version" value={version} />}
      <FormMessage state={clientErrors ? { ok: false, message: "auth.errors.invalidForm" } : state} />
      {state.conflict && !clientErrors && partner && <ConflictNotice conflict={state.conflict} slug={partner.slug} />}

      <IdentityFields {...common} />
      <CoverageFields {...common} regions={regions} />
      <FactsFields {...common} />
      <TrainingRows {...common} />
      <FundingRows {...common} funders={funders} />
      <ContactRows {...common} />
      {mode === "edit" && <SectionFields {...common} />}

      <div className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} errors={errors} rows={2} />
        <SubmitButton pending={pending} label={mode === "edit" ? t("submit") : t("create")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
