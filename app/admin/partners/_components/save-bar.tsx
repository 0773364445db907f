"use client";

import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField, type Errors } from "@/components/forms/form-kit";
import type { ActionState } from "@/lib/actions/state";

interface SaveBarProps {
  /** The outcome to show next to the button: saved, refused, invalid. */
  state: ActionState;
  errors: Errors;
  pending: boolean;
  label: string;
  /** Focus lands on the outcome when it arrives. */
  messageRef: React.Ref<HTMLDivElement>;
}

/**
 * The partner form's save bar (issue 12): stuck to the bottom of the window,
 * so Save is always at hand in a form of many screens, and the outcome appears
 * beside it, where the admin is looking, in a live region that takes focus.
 */
export function SaveBar({ state, errors, pending, label, messageRef }: SaveBarProps) {
  const t = useTranslations("admin.edit");
  return (
    <div
      role="region"
      aria-label={t("saveBar")}
      className="sticky bottom-0 z-20 rounded-t border-t border-slate-300 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] backdrop-blur print:hidden"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div ref={messageRef} tabIndex={-1} className="min-w-[14rem] flex-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600" data-save-outcome>
          <FormMessage state={state} />
        </div>
        <TextField name="reason" label={t("reasonShort")} errors={errors} className="w-full sm:w-72" maxLength={1000} />
        <SubmitButton pending={pending} label={label} pendingLabel={t("saving")} />
      </div>
    </div>
  );
}
