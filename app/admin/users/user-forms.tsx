"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createUserAction, resetPasswordAction, setActiveAction, setRoleAction, signOutEverywhereAction } from "@/lib/users/actions/users";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/form-kit";
import { ROLES } from "@/lib/auth/roles";

function OneTimePassword({ state }: { state: ActionState }) {
  const t = useTranslations("admin.users");
  if (!state.ok || !state.secret) return null;
  return (
    <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
      {t("oneTimePassword")} <code className="select-all font-mono text-base font-semibold" data-testid="one-time-password">{state.secret}</code>
    </p>
  );
}

function useRoleOptions() {
  const t = useTranslations("account.roles");
  return ROLES.map((r) => ({ value: r, label: t(r) }));
}

export function CreateUserForm() {
  const t = useTranslations("admin.users");
  const [state, action, pending] = useActionState(createUserAction, initialActionState);
  const roles = useRoleOptions();
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-4 sm:items-end" noValidate>
      <TextField name="email" type="email" label={t("email")} required errors={state.errors} autoComplete="off" />
      <TextField name="name" label={t("name")} errors={state.errors} autoComplete="off" />
      <SelectField name="role" label={t("role")} options={roles} defaultValue="officer" errors={state.errors} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel="…" />
      <div className="sm:col-span-4">
        <FormMessage state={state} />
        <OneTimePassword state={state} />
      </div>
    </form>
  );
}

/** Every form of a row carries the account's version: a change made meanwhile by another admin is refused, not overwritten. */
export function UserRowActions({ userId, version, email, role, active }: { userId: number; version: number; email: string; role: string; active: boolean }) {
  const t = useTranslations("admin.users");
  const roles = useRoleOptions();
  const [roleState, roleAction, rolePending] = useActionState(setRoleAction, initialActionState);
  const [activeState, activeAction, activePending] = useActionState(setActiveAction, initialActionState);
  const [resetState, resetAction, resetPending] = useActionState(resetPasswordAction, initialActionState);
  const [sessionsState, sessionsAction, sessionsPending] = useActionState(signOutEverywhereAction, initialActionState);
  const account = (
    <>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="space-y-2">
      <form action={roleAction} className="flex items-end gap-2">
        {account}
        <SelectField name="role" id={`role-${userId}`} label={`${t("changeRole")} (${email})`} options={roles} defaultValue={role} className="min-w-[12rem]" />
        <SubmitButton pending={rolePending} label={t("apply")} pendingLabel="…" className="py-1.5" />
      </form>
      <FormMessage state={roleState} />
      <div className="flex flex-wrap gap-2">
        <form action={activeAction}>
          {account}
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <SubmitButton pending={activePending} label={active ? t("deactivate") : t("activate")} pendingLabel="…" variant="secondary" className="py-1.5" />
        </form>
        <form action={resetAction}>
          {account}
          <SubmitButton pending={resetPending} label={t("resetPassword")} pendingLabel="…" variant="secondary" className="py-1.5" />
        </form>
        <form action={sessionsAction}>
          {account}
          <SubmitButton pending={sessionsPending} label={t("signOutEverywhere")} pendingLabel="…" variant="secondary" className="py-1.5" />
        </form>
      </div>
      <FormMessage state={activeState} />
      <FormMessage state={resetState} />
      <FormMessage state={sessionsState} />
      <OneTimePassword state={resetState} />
    </div>
  );
}
