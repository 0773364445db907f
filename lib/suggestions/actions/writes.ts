import "server-only";
/**
 * Corrections suggested from the field (issue 10): the writes behind the
 * suggestion forms, for an actor the action guard has checked. The actions
 * themselves are declared once, in ./suggestions.ts. A suggestion is checked
 * against the admin edit form when it is made (a value the edit would refuse
 * is refused at once), and accepting one IS an admin edit: the same schema,
 * the same write (lib/partners/actions/writes.ts), its history entry
 * crediting the suggester, and the suggestion marked in that transaction.
 */
import type { Actor, GuardedResult } from "../../actions/define";
import { getDb } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { writeTransaction, type Tx } from "../../db/write";
import { loadSnapshot, type PartnerSnapshot } from "../../partners/history";
import { writeEdit } from "../../partners/actions/writes";
import { partnerEditSchema } from "../../partners/schemas";
import { editFormOf, errorConcerns, fieldText, formPatch, patchedForm, type SuggestionField } from "../fields";
import type { AcceptSuggestionInput, RejectSuggestionInput, SuggestInput } from "../schemas";

const SUGGESTION_ENTITY = "suggestion";

/** Someone else decided the suggestion first: the whole write is undone. */
class SuggestionDecidedError extends Error {}

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

type Checked = { ok: true; data: ReturnType<typeof partnerEditSchema.parse> } | { ok: false; result: GuardedResult };

/** The edit form of `snapshot` with `field` set to `value`, validated exactly as an admin's edit; errors are the value's. */
async function asEdit(partnerId: number, version: number, snapshot: PartnerSnapshot, field: SuggestionField, value: string, reason: string, errorKey: string): Promise<Checked> {
  const funders = await getDb().funder.findMany({ select: { slug: true, name: true } });
  const patch = formPatch(field, value, snapshot, funders);
  if (!patch.ok) return { ok: false, result: { ok: false, errors: { [errorKey]: [patch.error] }, message: "auth.errors.invalidForm" } };
  const parsed = partnerEditSchema.safeParse({ ...patchedForm(editFormOf(partnerId, version, snapshot), patch.patch), reason });
  if (parsed.success) return { ok: true, data: parsed.data };
  const messages = parsed.error.issues.filter((i) => errorConcerns(i.path.map(String).join("."), field)).map((i) => i.message);
  return { ok: false, result: { ok: false, errors: { [errorKey]: messages.length ? [...new Set(messages)] : ["invalid"] }, message: "auth.errors.invalidForm" } };
}

function audit(tx: Tx, suggestionId: number, userId: number, action: "suggest" | "accept" | "reject", changes: object, reason: string | null) {
  return tx.auditEntry.create({
    data: {
      entityType: SUGGESTION_ENTITY,
      entityId: suggestionId,
      version: 1,
      action,
      userId,
      changes: changes as Prisma.InputJsonValue,
      snapshot: {},
      reason,
    },
  });
}

export async function writeSuggest(actor: Actor, input: SuggestInput): Promise<GuardedResult> {
  const db = getDb();
  const field = input.field as SuggestionField;
  const partner = await db.partner.findUnique({ where: { id: input.partnerId }, select: { id: true, slug: true, status: true, version: true } });
  if (!partner || partner.status !== "active") return { ok: false, message: "admin.errors.partnerMissing" };
  const snapshot = (await loadSnapshot(db, partner.id))!;
  const current = fieldText(snapshot, field);
  if (same(current, input.proposedValue)) return { ok: false, errors: { proposedValue: ["sameAsCurrent"] }, message: "auth.errors.invalidForm" };
  const check = await asEdit(partner.id, partner.version, snapshot, field, input.proposedValue, "", "proposedValue");
  if (!check.ok) return check.result;
  await writeTransaction(db, async (tx) => {
    const row = await tx.suggestion.create({
      data: { partnerId: partner.id, field, currentValue: current, proposedValue: input.proposedValue, comment: input.comment, createdById: actor.id },
      select: { id: true },
    });
    await audit(tx, row.id, actor.id, "suggest", { [field]: { before: current, after: input.proposedValue } }, input.comment);
  });
  return { ok: true, message: "admin.suggestions.sent", revalidate: ["/admin/suggestions", "/account"], redirectTo: "/account?suggested=1#suggestions" };
}

export async function writeAccept(actor: Actor, input: AcceptSuggestionInput): Promise<GuardedResult> {
  const db = getDb();
  const s = await db.suggestion.findUnique({
    where: { id: input.id },
    select: { id: true, field: true, comment: true, status: true, partnerId: true, createdBy: { select: { name: true, email: true } } },
  });
  if (!s) return { ok: false, message: "admin.errors.suggestionMissing" };
  if (s.status !== "pending") return { ok: false, message: "admin.errors.suggestionDecided" };
  const snapshot = await loadSnapshot(db, s.partnerId);
  if (!snapshot) return { ok: false, message: "admin.errors.partnerMissing" };
  const field = s.field as SuggestionField;
  // The history says whose correction this is and why (the suggestion's source), within the edit's own limit.
  const reason = `Suggestion n° ${s.id} (${s.createdBy.name ?? s.createdBy.email}) : ${s.comment ?? ""}`.slice(0, 1_000);
  const check = await asEdit(s.partnerId, input.version, snapshot, field, input.value, reason, "value");
  if (!check.ok) return check.result;

  const decided = { status: "accepted" as const, decidedById: actor.id, decidedAt: new Date() };
  let result: GuardedResult;
  try {
    result = await writeEdit(actor, check.data, async (tx, version) => {
      const marked = await tx.suggestion.updateMany({ where: { id: s.id, status: "pending" }, data: { ...decided, appliedVersion: version } });
      if (marked.count !== 1) throw new SuggestionDecidedError();
      await audit(tx, s.id, actor.id, "accept", { version }, null);
    });
  } catch (error) {
    if (error instanceof SuggestionDecidedError) return { ok: false, message: "admin.errors.suggestionDecided" };
    throw error;
  }
  if (!result.ok) return result;
  if (result.message === "admin.edit.unchanged") {
    // The fiche already says it: accepted, with nothing to apply.
    const marked = await writeTransaction(db, async (tx) => {
      const m = await tx.suggestion.updateMany({ where: { id: s.id, status: "pending" }, data: decided });
      if (m.count === 1) await audit(tx, s.id, actor.id, "accept", {}, null);
      return m.count;
    });
    if (marked !== 1) return { ok: false, message: "admin.errors.suggestionDecided" };
  }
  return { ...result, message: "admin.suggestions.accepted", revalidate: [...(result.revalidate ?? []), "/admin/suggestions", "/account"] };
}

export async function writeReject(actor: Actor, input: RejectSuggestionInput): Promise<GuardedResult> {
  const marked = await writeTransaction(getDb(), async (tx) => {
    const m = await tx.suggestion.updateMany({
      where: { id: input.id, status: "pending" },
      data: { status: "rejected", decidedById: actor.id, decidedAt: new Date(), decisionReason: input.reason },
    });
    if (m.count === 1) await audit(tx, input.id, actor.id, "reject", {}, input.reason);
    return m.count;
  });
  if (marked !== 1) {
    const exists = await getDb().suggestion.findUnique({ where: { id: input.id }, select: { id: true } });
    return { ok: false, message: exists ? "admin.errors.suggestionDecided" : "admin.errors.suggestionMissing" };
  }
  return { ok: true, message: "admin.suggestions.rejected", revalidate: ["/admin/suggestions", "/account"] };
}
