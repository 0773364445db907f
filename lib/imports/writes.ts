/**
 * The review's writes behind the guarded actions (lib/actions/define.ts):
 * stage an uploaded edition, apply a reviewed one, discard one. Each
 * `...Core(user, raw, db)` runs the whole guarded pipeline with an explicit user
 * and database, so tests call it as any role; ./actions.ts feeds it the session's.
 */
import { runGuarded, type Actor, type GuardedResult } from "../actions/define";
import type { SessionUser } from "../auth/session";
import type { Db } from "../db/client";
import { applyImport, discardImport } from "./apply";
import {
  type ApplyImportInput,
  applyImportSchema,
  discardImportSchema,
  type StageImportInput,
  stageImportSchema,
} from "./schemas";
import { ImportFileError, readEdition } from "./source";
import { stageEdition } from "./stage";

/** Pages an applied edition can change. */
export const APPLIED_PATHS = ["/partners", "/donors", "/regions", "/funders", "/sources", "/admin/imports"];

export async function writeStage(db: Db, actor: Actor, input: StageImportInput): Promise<GuardedResult> {
  const raw = await input.file.text();
  let source;
  try {
    source = readEdition(input.file.name || "edition.txt", raw, input.title);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { ok: false, message: "imports.errors.notAReport", values: { line: error.line, reason: error.reason } };
  }
  const staged = await stageEdition(db, source, actor.id);
  return { ok: true, message: "imports.staged", revalidate: ["/admin/imports"], redirectTo: `/admin/imports/${staged.id}` };
}

export async function writeApply(db: Db, actor: Actor, input: ApplyImportInput): Promise<GuardedResult> {
  const result = await applyImport(db, { importId: input.id, fingerprint: input.fingerprint, decisions: { fiches: input.f, fields: input.d }, userId: actor.id });
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

export async function writeDiscard(db: Db, actor: Actor, input: { id: number }): Promise<GuardedResult> {
  const result = await discardImport(db, input.id, actor.id);
  if (result === "missing") return { ok: false, message: "imports.errors.missing" };
  if (result === "closed") return { ok: false, message: "imports.errors.closed" };
  return { ok: true, message: "imports.discarded", revalidate: ["/admin/imports"], redirectTo: "/admin/imports" };
}

export const stageImportCore = (user: SessionUser | null, raw: unknown, db: Db) =>
  runGuarded(user, stageImportSchema, raw, (actor, input) => writeStage(db, actor, input));
export const applyImportCore = (user: SessionUser | null, raw: unknown, db: Db) =>
  runGuarded(user, applyImportSchema, raw, (actor, input) => writeApply(db, actor, input));
export const discardImportCore = (user: SessionUser | null, raw: unknown, db: Db) =>
  runGuarded(user, discardImportSchema, raw, (actor, input) => writeDiscard(db, actor, input));
