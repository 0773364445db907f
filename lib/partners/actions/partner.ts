"use server";
/**
 * The admin's partner actions, each declared once (lib/actions/define.ts:
 * session -> zod -> admin only -> the write with its audit entry in one
 * transaction -> revalidate -> redirect). Every export here is an endpoint;
 * the tests call these exports, with a real session cookie.
 */
import { defineAction } from "../../actions/define";
import type { ActionState } from "../../actions/state";
import { PARTNERS_TAG } from "../cached";
import { refreshSearchWordsAfterWrite } from "../search-words";
import { partnerCreateSchema, partnerEditSchema, partnerRestoreSchema, partnerStatusSchema, partnerVerifySchema } from "../schemas";
import { writeArchive, writeCreate, writeEdit, writeRestore, writeUnarchive } from "./writes";
import { writeVerify } from "./verify";

// A successful write makes the anonymous reads cached by lib/partners/cached.ts stale at once (before any redirect).
const tags = [PARTNERS_TAG];
// A change to what the active fiches say also changes the words "did you mean" offers (after the answer).
const textChange = { tags, after: refreshSearchWordsAfterWrite };

const edit = defineAction({ schema: partnerEditSchema, write: writeEdit, ...textChange });
const create = defineAction({ schema: partnerCreateSchema, write: writeCreate, ...textChange });
const archive = defineAction({ schema: partnerStatusSchema, write: writeArchive, ...textChange });
const unarchive = defineAction({ schema: partnerStatusSchema, write: writeUnarchive, ...textChange });
const restore = defineAction({ schema: partnerRestoreSchema, write: writeRestore, ...textChange });
const verify = defineAction({ schema: partnerVerifySchema, write: writeVerify, tags });

export async function editPartner(previous: ActionState, formData: FormData): Promise<ActionState> {
  return edit.handle(previous, formData);
}

export async function createPartner(previous: ActionState, formData: FormData): Promise<ActionState> {
  return create.handle(previous, formData);
}

export async function archivePartner(previous: ActionState, formData: FormData): Promise<ActionState> {
  return archive.handle(previous, formData);
}

export async function unarchivePartner(previous: ActionState, formData: FormData): Promise<ActionState> {
  return unarchive.handle(previous, formData);
}

export async function restorePartnerVersion(previous: ActionState, formData: FormData): Promise<ActionState> {
  return restore.handle(previous, formData);
}

/** Marks the fiche verified as it stands (issue 10): no field changes, the history records it. */
export async function verifyPartnerAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return verify.handle(previous, formData);
}
