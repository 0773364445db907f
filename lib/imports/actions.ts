"use server";
/**
 * The review's actions, as posted by /admin/imports (every export here is an
 * endpoint: each runs the guarded pipeline itself, lib/auth/action/guard.ts).
 */
import { updateTag } from "next/cache";
import { adminAction } from "../auth/action/guard";
import type { ActionState } from "../auth/action/state";
import { getDb } from "../db/client";
import { PARTNERS_TAG } from "../partners/cached";
import { applyImportSchema, discardImportSchema, stageImportSchema } from "./schemas";
import { writeApply, writeDiscard, writeStage } from "./writes";

const stage = adminAction(stageImportSchema, (actor, input) => writeStage(getDb(), actor, input));
const apply = adminAction(applyImportSchema, async (actor, input) => {
  const result = await writeApply(getDb(), actor, input);
  // The anonymous reads cached by lib/partners/cached.ts are stale at once (before the redirect).
  if (result.ok) updateTag(PARTNERS_TAG);
  return result;
});
const discard = adminAction(discardImportSchema, (actor, input) => writeDiscard(getDb(), actor, input));

export async function stageImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return stage(previous, formData);
}

export async function applyEditionImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return apply(previous, formData);
}

export async function discardEditionImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return discard(previous, formData);
}
