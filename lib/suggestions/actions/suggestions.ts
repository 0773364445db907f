"use server";
/**
 * The suggestion forms' server actions (every export is an endpoint: each runs
 * the guarded pipeline itself). Suggesting needs a signed-in officer, analyst
 * or admin; accepting and rejecting, an admin.
 */
import { defineAction } from "../../actions/define";
import type { ActionState } from "../../actions/state";
import { PARTNERS_TAG } from "../../partners/cached";
import { acceptSuggestionSchema, rejectSuggestionSchema, suggestSchema } from "../schemas";
import { suggestionWrites } from "./suggestion-core";

const suggest = defineAction({ schema: suggestSchema, write: suggestionWrites.writeSuggest, role: "officer" });
// An applied correction changes the fiche: the anonymous reads cached by lib/partners/cached.ts are stale.
const accept = defineAction({ schema: acceptSuggestionSchema, write: suggestionWrites.writeAccept, tags: [PARTNERS_TAG] });
const reject = defineAction({ schema: rejectSuggestionSchema, write: suggestionWrites.writeReject });

export async function suggestCorrection(previous: ActionState, formData: FormData): Promise<ActionState> {
  return suggest.handle(previous, formData);
}

export async function acceptSuggestion(previous: ActionState, formData: FormData): Promise<ActionState> {
  return accept.handle(previous, formData);
}

export async function rejectSuggestion(previous: ActionState, formData: FormData): Promise<ActionState> {
  return reject.handle(previous, formData);
}
