"use server";
/**
 * The admin's partner actions, as posted by the forms (every export here is an
 * endpoint: each runs the guarded pipeline itself, the proxy only redirects).
 */
import { adminAction } from "../../auth/action/guard";
import type { ActionState } from "../../auth/action/state";
import { partnerCreateSchema, partnerEditSchema, partnerRestoreSchema, partnerStatusSchema } from "../schemas";
import { partnerWrites } from "./partner-core";

const edit = adminAction(partnerEditSchema, partnerWrites.writeEdit);
const create = adminAction(partnerCreateSchema, partnerWrites.writeCreate);
const archive = adminAction(partnerStatusSchema, (actor, input) => partnerWrites.writeStatus(actor, input, "archived"));
const unarchive = adminAction(partnerStatusSchema, (actor, input) => partnerWrites.writeStatus(actor, input, "active"));
const restore = adminAction(partnerRestoreSchema, partnerWrites.writeRestore);

export async function editPartner(previous: ActionState, formData: FormData): Promise<ActionState> {
  return edit(previous, formData);
}

export async function createPartner(previous: ActionState, formData: FormData): Promise<ActionState> {
  return create(previous, formData);
}

export async function archivePartner(previous: ActionState, formData: FormData): Promise<ActionState> {
  return archive(previous, formData);
}

export async function unarchivePartner(previous: ActionState, formData: FormData): Promise<ActionState> {
  return unarchive(previous, formData);
}

export async function restorePartnerVersion(previous: ActionState, formData: FormData): Promise<ActionState> {
  return restore(previous, formData);
}
