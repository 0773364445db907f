/**
 * One recorded change to a partner, in one transaction: lock the row, refuse a
 * stale version (nothing written, and the caller learns what changed since),
 * write, and add the audit entry with the full snapshot after the change.
 */
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { writeTransaction } from "../../db/write";
import type { ConflictInfo } from "../../actions/state";
import {
  PARTNER_ENTITY,
  diffSnapshots,
  loadSnapshot,
  type Changes,
  type PartnerSnapshot,
} from "../history";
import { applySnapshot } from "./apply-snapshot";

type Tx = Prisma.TransactionClient;

export type CommitResult =
  | { kind: "saved"; version: number; changes: Changes }
  | { kind: "unchanged"; version: number }
  | { kind: "conflict"; conflict: ConflictInfo }
  | { kind: "missing" };

export interface CommitInput {
  partnerId: number;
  /** The version the form was opened at. */
  expectedVersion: number;
  userId: number;
  action: "edit" | "archive" | "unarchive" | "restore";
  reason: string | null;
  /** The state after the change, from the state before it. */
  build: (before: PartnerSnapshot) => PartnerSnapshot;
  /** More of the same change, in its transaction (an accepted suggestion records the version it produced); throwing undoes it all. */
  afterWrite?: (tx: Tx, version: number) => Promise<void>;
}

/** What was saved after `sinceVersion`, for the conflict message. */
export async function changesSince(tx: Tx, partnerId: number, sinceVersion: number, currentVersion: number): Promise<ConflictInfo> {
  const entries = await tx.auditEntry.findMany({
    where: { entityType: PARTNER_ENTITY, entityId: partnerId, version: { gt: sinceVersion }, action: { not: "import" } },
    orderBy: { version: "asc" },
    select: { version: true, createdAt: true, changes: true, reason: true, user: { select: { email: true, name: true } } },
  });
  return {
    currentVersion,
    changes: entries.map((e) => ({
      version: e.version,
      at: e.createdAt.toISOString(),
      by: e.user ? (e.user.name ?? e.user.email) : null,
      fields: Object.keys((e.changes ?? {}) as object),
      reason: e.reason,
    })),
  };
}

/**
 * Partners written by the seed have no audit entry yet: before their first
 * edit, their state is recorded as the "import" version so it can be restored.
 */
export async function ensureBaseline(tx: Tx, partnerId: number, version: number, before: PartnerSnapshot): Promise<void> {
  const any = await tx.auditEntry.findFirst({ where: { entityType: PARTNER_ENTITY, entityId: partnerId }, select: { id: true } });
  if (any) return;
  await tx.auditEntry.create({
    data: {
      entityType: PARTNER_ENTITY,
      entityId: partnerId,
      version,
      action: "import",
      userId: null,
      changes: {},
      snapshot: before as unknown as Prisma.InputJsonValue,
    },
  });
}

export async function commitPartnerChange(db: Db, input: CommitInput): Promise<CommitResult> {
  return writeTransaction(db, async (tx) => {
    // Row lock: two admins saving at once are serialised, the second sees the new version.
    const locked = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM organization WHERE id = ${input.partnerId} FOR UPDATE`;
    if (locked.length === 0) return { kind: "missing" } as const;
    const row = (await tx.partner.findUnique({ where: { id: input.partnerId }, select: { version: true, editedFields: true } }))!;
    if (row.version !== input.expectedVersion) {
      // The other version's values go back with the refusal: the admin merges them field by field (issue 12).
      const conflict = await changesSince(tx, input.partnerId, input.expectedVersion, row.version);
      return { kind: "conflict", conflict: { ...conflict, theirs: await loadSnapshot(tx, input.partnerId) } } as const;
    }
    const before = (await loadSnapshot(tx, input.partnerId))!;
    const after = input.build(before);
    const changes = diffSnapshots(before, after);
    if (Object.keys(changes).length === 0) return { kind: "unchanged", version: row.version } as const;

    await ensureBaseline(tx, input.partnerId, row.version, before);
    const version = await applySnapshot(tx, input.partnerId, after, changes, row.editedFields);
    await tx.auditEntry.create({
      data: {
        entityType: PARTNER_ENTITY,
        entityId: input.partnerId,
        version,
        action: input.action,
        userId: input.userId,
        changes: changes as unknown as Prisma.InputJsonValue,
        snapshot: after as unknown as Prisma.InputJsonValue,
        reason: input.reason,
      },
    });
    await input.afterWrite?.(tx, version);
    return { kind: "saved", version, changes } as const;
  });
}
