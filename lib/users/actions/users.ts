"use server";
/**
 * The /admin/users forms' actions, each declared once (lib/actions/define.ts:
 * session -> zod -> admin only -> one transaction with its audit entry ->
 * revalidate). Every export is an endpoint; the tests call these exports.
 */
import { defineAction, type Actor, type GuardedResult } from "../../actions/define";
import type { ActionState } from "../../actions/state";
import { getDb } from "../../db/client";
import { changeAccount, createAccount, type AccountChange, type AccountChangeResult } from "../account-changes";
import { createUserSchema, resetPasswordSchema, setActiveSchema, setRoleSchema, signOutEverywhereSchema } from "../schemas";
import { UserInputError } from "../users";

const PATHS = ["/admin/users"];

const REFUSED: Record<Exclude<AccountChangeResult["kind"], "saved" | "unchanged" | "conflict">, string> = {
  missing: "admin.errors.userMissing",
  self: "admin.errors.cannotChangeSelf",
  forbidden: "auth.errors.forbidden",
  lastAdmin: "admin.errors.lastAdmin",
};

function stateOf(result: AccountChangeResult, savedMessage: string): GuardedResult {
  switch (result.kind) {
    case "saved":
      return { ok: true, message: savedMessage, values: { email: result.email }, secret: result.password, revalidate: PATHS };
    case "unchanged":
      return { ok: true, message: "admin.edit.unchanged" };
    case "conflict":
      return { ok: false, message: "admin.errors.userConflict" };
    default:
      return { ok: false, message: REFUSED[result.kind] };
  }
}

async function change(actor: Actor, input: { userId: number; version: number }, what: AccountChange, savedMessage: string): Promise<GuardedResult> {
  return stateOf(await changeAccount(getDb(), actor.id, input.userId, input.version, what), savedMessage);
}

const create = defineAction({
  schema: createUserSchema,
  async write(actor, input) {
    try {
      const result = await createAccount(getDb(), actor.id, { email: input.email, role: input.role, name: input.name });
      if (result.kind === "forbidden") return { ok: false, message: "auth.errors.forbidden" };
      return { ok: true, message: "admin.users.created", values: { email: result.user.email }, secret: result.password, revalidate: PATHS };
    } catch (error) {
      if (error instanceof UserInputError) return { ok: false, errors: { email: [error.code] }, message: "auth.errors.invalidForm" };
      throw error;
    }
  },
});

const role = defineAction({
  schema: setRoleSchema,
  write: (actor, input) => change(actor, input, { kind: "role", role: input.role }, "admin.users.roleChanged"),
});

const active = defineAction({
  schema: setActiveSchema,
  write: (actor, input) =>
    change(actor, input, { kind: "active", active: input.active }, input.active ? "admin.users.activated" : "admin.users.deactivated"),
});

const reset = defineAction({
  schema: resetPasswordSchema,
  write: (actor, input) => change(actor, input, { kind: "resetPassword" }, "admin.users.passwordReset"),
});

const signOutEverywhere = defineAction({
  schema: signOutEverywhereSchema,
  write: (actor, input) => change(actor, input, { kind: "signOutEverywhere" }, "admin.users.signedOutEverywhere"),
});

export async function createUserAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return create.handle(previous, formData);
}
export async function setRoleAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return role.handle(previous, formData);
}
export async function setActiveAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return active.handle(previous, formData);
}
export async function resetPasswordAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return reset.handle(previous, formData);
}
export async function signOutEverywhereAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return signOutEverywhere.handle(previous, formData);
}
