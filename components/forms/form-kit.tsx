"use client";
/**
 * Labelled inputs for the account and admin forms: each error is tied to its
 * input (aria-describedby, aria-invalid) and announced (aria-live). Error and
 * message values are i18n keys (lib/actions/state.ts).
 */
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/state";

export type Errors = Record<string, string[]> | undefined;

const INPUT = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600";

/** Errors of a field and of its parts ("contacts.0.emails" collects "contacts.0.emails.1"). */
export function errorsFor(errors: Errors, name: string): string[] {
  if (!errors) return [];
  return Object.entries(errors)
    .filter(([key]) => key === name || key.startsWith(`${name}.`))
    .flatMap(([, list]) => list);
}

export const fieldId = (name: string) => `f-${name.replace(/[^\w-]/g, "-")}`;

function FieldErrors({ id, list, ns }: { id: string; list: string[]; ns: string }) {
  const t = useTranslations(ns);
  return (
    <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
      {[...new Set(list)].map((key) => (t.has(key) ? t(key) : t("generic"))).join(" ")}
    </p>
  );
}

interface BaseProps {
  name: string;
  label: string;
  errors?: Errors;
  /** i18n namespace of the error keys. */
  ns?: string;
  hint?: string;
  className?: string;
}

function describedBy(id: string, hasErrors: boolean, hint?: string) {
  return [hasErrors ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
}

/**
 * The part every labelled control shares: label, control, hint and errors, with
 * the control's accessibility attributes computed once. `control` receives them.
 */
function LabelledField({
  name,
  label,
  errors,
  ns = "admin.errors",
  hint,
  className,
  id: givenId,
  control,
}: BaseProps & { id?: string; control: (a11y: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode }) {
  const id = givenId ?? fieldId(name);
  const list = errorsFor(errors, name);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {control({ id, name, "aria-invalid": list.length > 0, "aria-describedby": describedBy(id, list.length > 0, hint) })}
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p>}
      <FieldErrors id={id} list={list} ns={ns} />
    </div>
  );
}

export function TextField({
  name,
  label,
  errors,
  ns,
  hint,
  className,
  id,
  ...input
}: BaseProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <LabelledField {...{ name, label, errors, ns, hint, className, id }} control={(a11y) => <input {...a11y} className={INPUT} {...input} />} />
  );
}

export function TextArea({
  name,
  label,
  errors,
  ns,
  hint,
  className,
  id,
  ...input
}: BaseProps & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <LabelledField
      {...{ name, label, errors, ns, hint, className, id }}
      control={(a11y) => <textarea {...a11y} className={INPUT} rows={3} {...input} />}
    />
  );
}

export function SelectField({
  name,
  label,
  errors,
  ns,
  className,
  options,
  id,
  ...select
}: BaseProps & { options: Array<{ value: string; label: string }> } & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  return (
    <LabelledField
      {...{ name, label, errors, ns, className, id }}
      control={(a11y) => (
        <select {...a11y} className={INPUT} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function CheckboxField({ name, label, className, id: givenId, ...input }: Omit<BaseProps, "errors"> & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  const id = givenId ?? fieldId(name);
  return (
    <div className={`flex items-center gap-2 ${className ?? ""}`}>
      <input id={id} type="checkbox" name={name} className="h-4 w-4 rounded border-slate-400" {...input} />
      <label htmlFor={id} className="text-sm text-slate-800">
        {label}
      </label>
    </div>
  );
}

/** The form-level message: an alert for failures, a status for successes. */
export function FormMessage({ state, id }: { state: ActionState; id?: string }) {
  const t = useTranslations();
  const text = state.message && t.has(state.message) ? t(state.message, state.values) : null;
  return (
    <div id={id} aria-live="assertive" role={state.ok === false ? "alert" : "status"}>
      {text && (
        <p className={`rounded border px-3 py-2 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}>
          {text}
        </p>
      )}
    </div>
  );
}

const BUTTON = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 focus:ring-brand-600",
  /** Destructive or rarely wanted actions (archive): outlined, so they never look like the form's main button. */
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50 focus:ring-red-600",
  secondary: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-100 focus:ring-brand-600",
} as const;

export function SubmitButton({
  pending,
  label,
  pendingLabel,
  className,
  variant = "primary",
  form,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  className?: string;
  variant?: keyof typeof BUTTON;
  /** The id of the form it submits, when the button sits outside it. */
  form?: string;
}) {
  return (
    <button
      type="submit"
      form={form}
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 text-sm font-medium focus:outline-none focus:ring-2 focus:ring-offset-2 disabled:opacity-60 ${BUTTON[variant]} ${className ?? ""}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
