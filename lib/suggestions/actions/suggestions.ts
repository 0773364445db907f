"use server";
/**
 * The suggestion forms' server actions, each declared once (lib/actions/define.ts:
 * session -> zod -> role -> the write with its audit entry in one transaction ->
 * revalidate -> redirect). Suggesting needs a signed-in officer, analyst or
 * admin; accepting and rejecting, an admin. Every export is an endpoint; the
 * tests call these exports, with a real session cookie.
 */
import { defineAction } from "../../actions/define";
import type { ActionState } from "../../actions/state";
import { PARTNERS_TAG } from "../../partners/cached";
import { refreshSearchWordsAfterWrite } from "../../partners/search-words";
import { acceptSuggestionSchema, rejectSuggestionSchema, suggestSchema } from "../schemas";
import { writeAccept, writeReject, writeSuggest } from "./writes";

const suggest = defineAction({ schema: suggestSchema, write: writeSuggest, role: "officer" });
// An applied correction changes the fiche: the anonymous reads cached by lib/partners/cached.ts are stale,
// and the words "did you mean" offers follow it (after the answer).
const accept = defineAction({ schema: acceptSuggestionSchema, write: writeAccept, tags: [PARTNERS_TAG], after: refreshSearchWordsAfterWrite });
const reject = defineAction({ schema: rejectSuggestionSchema, write: writeReject });

export async function suggestCorrection(previous: ActionState, formData: FormData): Promise<ActionState> {
  return suggest.handle(previous, formData);
}

export async function acceptSuggestion(previous: ActionState, formData: FormData): Promise<ActionState> {
  return accept.handle(previous, formData);
}

export async function rejectSuggestion(previous: ActionState, formData: FormData): Promise<ActionState> {
  return reject.handle(previous, formData);
}
