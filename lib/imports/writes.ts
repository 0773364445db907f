import "server-only";
/**
 * The review's writes behind the import forms, for an actor the action guard
 * has checked (lib/actions/define.ts): stage an uploaded edition, apply a
 * reviewed one, discard one. The actions themselves are declared once, in
 * ./actions.ts.
 */
import type { Actor, GuardedResult } from "../actions/define";
import { getDb } from "../db/client";
import { applyImport, discardImport } from "./apply";
import type { ApplyImportInput, StageImportInput } from "./schemas";
import { ImportFileError, readEdition } from "./source";
import { stageEdition } from "./stage";

/** Pages an applied edition can change. */
export const APPLIED_PATHS = ["/partners", "/donors", "/regions", "/funders", "/sources", "/admin/imports"];

export async function writeStage(actor: Actor, input: StageImportInput): Promise<GuardedResult> {
  const raw = await input.file.text();
  let source;
  try {
    source = readEdition(input.file.name || "edition.txt", raw, input.title);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { ok: false, message: "imports.errors.notAReport", values: { line: error.line, reason: error.reason } };
  }
  const staged = await stageEdition(getDb(), source, actor.id);
  return { ok: true, message: "imports.staged", revalidate: ["/admin/imports"], redirectTo: `/admin/imports/${staged.id}` };
}

export async function writeApply(actor: Actor, input: ApplyImportInput): Promise<GuardedResult> {
  const result = await applyImport(getDb(), { importId: input.id, fingerprint: input.fingerprint, decisions: { fiches: input.f, fields: input.d }, userId: actor.id });
  switch (result.kind) {
    case "missing":
      return { ok: false, message: "imports.errors.missing" };
    case "closed":
      return { ok: false, message: "imports.errors.closed" };
    case "moved":
      return { ok: false, message: "imports.errors.moved" };
    case "applied":
      return {
        ok: true,
        message: "imports.applied",
        values: { changed: result.partners.changed, added: result.partners.added, archived: result.partners.archived },
        revalidate: [...APPLIED_PATHS, `/admin/imports/${input.id}`],
        redirectTo: `/admin/imports/${input.id}`,
      };
  }
}

export async function writeDiscard(actor: Actor, input: { id: number }): Promise<GuardedResult> {
  const result = await discardImport(getDb(), input.id, actor.id);
  if (result === "missing") return { ok: false, message: "imports.errors.missing" };
  if (result === "closed") return { ok: false, message: "imports.errors.closed" };
  return { ok: true, message: "imports.discarded", revalidate: ["/admin/imports"], redirectTo: "/admin/imports" };
}
