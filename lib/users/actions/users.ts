"use server";
/** The /admin/users forms' actions: each runs the guarded pipeline (admin only). */
import { adminAction } from "../../auth/action/guard";
import type { ActionState } from "../../auth/action/state";
import { createUserSchema, resetPasswordSchema, setActiveSchema, setRoleSchema } from "../schemas";
import { userWrites } from "./user-admin-core";

const create = adminAction(createUserSchema, userWrites.writeCreate);
const role = adminAction(setRoleSchema, userWrites.writeRole);
const active = adminAction(setActiveSchema, userWrites.writeActive);
const reset = adminAction(resetPasswordSchema, userWrites.writeReset);

export async function createUserAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return create(previous, formData);
}
export async function setRoleAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return role(previous, formData);
}
export async function setActiveAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return active(previous, formData);
}
export async function resetPasswordAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return reset(previous, formData);
}
