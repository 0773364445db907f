import "server-only";
/**
 * Marking a fiche verified (issue 10): an admin confirms, with a note ("appel au
 * point focal"), that the fiche is still true, without changing it. The fiche's
 * version stays; the confirmation is an audit entry ("verify") with the
 * fiche's snapshot, so it shows in the history, and `verifiedAt` feeds the
 * fiche, the list and the exports. The form carries the version it showed: a
 * fiche changed since is not confirmed blind.
 */
import type { Actor, GuardedResult } from "../../actions/define";
import { getDb, type Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { writeTransaction } from "../../db/write";
import { PARTNER_ENTITY, loadSnapshot } from "../history";
import type { PartnerVerifyInput } from "../schemas";
import { changesSince } from "./commit";

export type VerifyResult =
  | { kind: "verified"; at: Date; slug: string }
  | { kind: "conflict"; conflict: Awaited<ReturnType<typeof changesSince>> }
  | { kind: "missing" };

export async function verifyPartner(db: Db, input: { partnerId: number; expectedVersion: number; userId: number; note: string }): Promise<VerifyResult> {
  return writeTransaction(db, async (tx) => {
    // Same row lock as an edit: a confirmation and an edit of the same fiche are serialised.
    const locked = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM organization WHERE id = ${input.partnerId} FOR UPDATE`;
    if (locked.length === 0) return { kind: "missing" } as const;
    const row = (await tx.partner.findUnique({ where: { id: input.partnerId }, select: { version: true, slug: true } }))!;
    if (row.version !== input.expectedVersion) {
      return { kind: "conflict", conflict: await changesSince(tx, input.partnerId, input.expectedVersion, row.version) } as const;
    }
    const snapshot = (await loadSnapshot(tx, input.partnerId))!;
    const entry = await tx.auditEntry.create({
      data: {
        entityType: PARTNER_ENTITY,
        entityId: input.partnerId,
        version: row.version,
        action: "verify",
        userId: input.userId,
        changes: {},
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        reason: input.note,
      },
      select: { createdAt: true },
    });
    await tx.partner.update({ where: { id: input.partnerId }, data: { verifiedAt: entry.createdAt } });
    return { kind: "verified", at: entry.createdAt, slug: row.slug } as const;
  });
}

export async function writeVerify(actor: Actor, input: PartnerVerifyInput): Promise<GuardedResult> {
  const result = await verifyPartner(getDb(), { partnerId: input.id, expectedVersion: input.version, userId: actor.id, note: input.note });
  switch (result.kind) {
    case "missing":
      return { ok: false, message: "admin.errors.partnerMissing" };
    case "conflict":
      return { ok: false, message: "admin.errors.verifyConflict", conflict: result.conflict };
    case "verified":
      return {
        ok: true,
        message: "admin.verify.done",
        redirectTo: `/partners/${result.slug}`,
        revalidate: ["/partners", `/partners/${result.slug}`, `/admin/partners/${result.slug}/history`],
      };
  }
}
