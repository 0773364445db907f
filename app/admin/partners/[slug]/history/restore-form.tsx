"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { restorePartnerVersion } from "@/lib/partners/actions/partner";
import { initialActionState } from "@/lib/actions/state";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-kit";

export function RestoreForm({ id, version, targetVersion }: { id: number; version: number; targetVersion: number }) {
  const t = useTranslations("admin.history");
  const [state, action, pending] = useActionState(restorePartnerVersion, initialActionState);
  return (
    <form action={action} className="mt-3 flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="targetVersion" value={targetVersion} />
      <TextField name="reason" id={`reason-${targetVersion}`} label={t("restoreReason")} className="min-w-[16rem]" errors={state.errors} />
      <SubmitButton pending={pending} label={t("restore")} pendingLabel="…" variant="secondary" />
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
