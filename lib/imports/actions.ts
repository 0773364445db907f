"use server";
/**
 * The review's actions, as posted by /admin/imports, each declared once
 * (lib/actions/define.ts: session -> zod -> admin only -> write -> revalidate).
 * Every export here is an endpoint.
 */
import { defineAction } from "../actions/define";
import type { ActionState } from "../actions/state";
import { getDb } from "../db/client";
import { PARTNERS_TAG } from "../partners/cached";
import { applyImportSchema, discardImportSchema, stageImportSchema } from "./schemas";
import { writeApply, writeDiscard, writeStage } from "./writes";

const stage = defineAction({ schema: stageImportSchema, write: (actor, input) => writeStage(getDb(), actor, input) });
// The anonymous reads cached by lib/partners/cached.ts are stale at once (before the redirect).
const apply = defineAction({ schema: applyImportSchema, write: (actor, input) => writeApply(getDb(), actor, input), tags: [PARTNERS_TAG] });
const discard = defineAction({ schema: discardImportSchema, write: (actor, input) => writeDiscard(getDb(), actor, input) });

export async function stageImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return stage.handle(previous, formData);
}

export async function applyEditionImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return apply.handle(previous, formData);
}

export async function discardEditionImport(previous: ActionState, formData: FormData): Promise<ActionState> {
  return discard.handle(previous, formData);
}
