"use server";
/**
 * The admin's partner actions, as posted by the forms (every export here is an
 * endpoint: each runs the guarded pipeline itself, the proxy only redirects).
 */
import { updateTag } from "next/cache";
import { adminAction, type Actor, type GuardedResult } from "../../auth/action/guard";
import type { ActionState } from "../../auth/action/state";
import { partnerCreateSchema, partnerEditSchema, partnerRestoreSchema, partnerStatusSchema } from "../schemas";
import { PARTNERS_TAG } from "../cached";
import { partnerWrites } from "./partner-core";
import { partnerVerifySchema } from "../schemas";
import { verifyWrites } from "./verify-core";

/** A successful write makes the anonymous reads cached by lib/partners/cached.ts stale at once (before any redirect). */
function fresh<I>(write: (actor: Actor, input: I) => Promise<GuardedResult>) {
  return async (actor: Actor, input: I): Promise<GuardedResult> => {
    const result = await write(actor, input);
    if (result.ok) updateTag(PARTNERS_TAG);
    return result;
  };
}

const edit = adminAction(partnerEditSchema, fresh(partnerWrites.writeEdit));
const create = adminAction(partnerCreateSchema, fresh(partnerWrites.writeCreate));
const archive = adminAction(partnerStatusSchema, fresh((actor, input) => partnerWrites.writeStatus(actor, input, "archived")));
const unarchive = adminAction(partnerStatusSchema, fresh((actor, input) => partnerWrites.writeStatus(actor, input, "active")));
const restore = adminAction(partnerRestoreSchema, fresh(partnerWrites.writeRestore));
const verify = adminAction(partnerVerifySchema, fresh(verifyWrites.writeVerify));

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

/** Marks the fiche verified as it stands (issue 10): no field changes, the history records it. */
export async function verifyPartnerAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return verify(previous, formData);
}
