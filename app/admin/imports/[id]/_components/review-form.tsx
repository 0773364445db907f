"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/form-kit";
import { initialActionState } from "@/lib/actions/state";
import { applyEditionImport, discardEditionImport } from "@/lib/imports/actions";

/**
 * The review's form: the decisions (server-rendered children: plain selects
 * and radios, so it works without JavaScript) and the change set's fingerprint,
 * which makes applying refuse a directory that changed since the page was opened.
 */
export function ReviewForm({ id, fingerprint, children }: { id: number; fingerprint: string; children: React.ReactNode }) {
  const t = useTranslations("imports.review");
  const [state, action, pending] = useActionState(applyEditionImport, initialActionState);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      {children}
      <div className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <FormMessage state={state} />
        <p className="text-sm text-slate-700">{t("applyHint")}</p>
        <SubmitButton pending={pending} label={t("apply")} pendingLabel={t("applying")} />
      </div>
    </form>
  );
}

export function DiscardForm({ id }: { id: number }) {
  const t = useTranslations("imports.review");
  const [state, action, pending] = useActionState(discardEditionImport, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60">
        {pending ? t("discarding") : t("discard")}
      </button>
    </form>
  );
}
