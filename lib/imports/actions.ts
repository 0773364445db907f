"use server";
/**
 * The review's actions, as posted by /admin/imports, each declared once
 * (lib/actions/define.ts: session -> zod -> admin only -> the write with its
 * audit entries in one transaction -> revalidate -> redirect). Every export
 * here is an endpoint; the tests call these exports, with a real session cookie.
 */
import { defineAction } from "../actions/define";
import type { ActionState } from "../actions/state";
import { PARTNERS_TAG } from "../partners/cached";
import { refreshSearchWordsAfterWrite } from "../partners/search-words";
import { applyImportSchema, discardImportSchema, stageImportSchema } from "./schemas";
import { writeApply, writeDiscard, writeStage } from "./writes";

const stage = defineAction({ schema: stageImportSchema, write: writeStage });
// The anonymous reads cached by lib/partners/cached.ts are stale at once (before the redirect);
// the words "did you mean" offers follow the new edition once the answer has gone.
const apply = defineAction({ schema: applyImportSchema, write: writeApply, tags: [PARTNERS_TAG], after: refreshSearchWordsAfterWrite });
const discard = defineAction({ schema: discardImportSchema, write: writeDiscard });

export async function stageImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return stage.handle(previous, formData);
}

export async function applyEditionImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return apply.handle(previous, formData);
}

export async function discardEditionImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return discard.handle(previous, formData);
}
