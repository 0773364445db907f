/**
 * An administrator's changes to accounts (issue 9), each in one transaction
 * with its audit entry (entity "user", version = the account's new version):
 * - versioned like partner edits: a form opened at an older version of the
 *   account is refused, nothing written;
 * - serialised: one advisory lock for all account changes, then the acting
 *   admin is re-read inside it. Two admins demoting each other at once are
 *   applied one after the other, and the second finds they are no longer an
 *   admin: one admin remains. The last active admin can never be demoted or
 *   deactivated.
 * Role changes, deactivation, password resets and "sign out everywhere" end
 * the account's sessions (sessionVersion, lib/auth/revoke.ts).
 */
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { writeTransaction, type Tx } from "../db/write";
import type { Role } from "../auth/roles";
import { generatePassword, hashPassword } from "../auth/passwords";
import { clearAccountFailures } from "../security/rate-limit";
import { createUser, type NewUser, type UserSummary } from "./users";

export const USER_ENTITY = "user";

export type AccountChange =
  | { kind: "role"; role: Role }
  | { kind: "active"; active: boolean }
  | { kind: "resetPassword" }
  | { kind: "signOutEverywhere" };

export type AccountChangeResult =
  | { kind: "saved"; version: number; email: string; password?: string }
  | { kind: "unchanged"; version: number }
  | { kind: "missing" }
  | { kind: "conflict"; currentVersion: number }
  | { kind: "self" }
  | { kind: "forbidden" }
  | { kind: "lastAdmin" };

const SNAPSHOT = { email: true, name: true, role: true, active: true, mustChangePassword: true, version: true } as const;

async function lockAccounts(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('passerelle:accounts'))`;
}

/** The acting admin as the database has them now (inside the lock), not as their session said. */
async function actorIsAdmin(tx: Tx, actorId: number): Promise<boolean> {
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { role: true, active: true } });
  return actor?.active === true && actor.role === "admin";
}

async function audit(tx: Tx, actorId: number, userId: number, version: number, action: string, changes: Record<string, { before: unknown; after: unknown }>) {
  const snapshot = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: SNAPSHOT });
  await tx.auditEntry.create({
    data: {
      entityType: USER_ENTITY,
      entityId: userId,
      version,
      action,
      userId: actorId,
      changes: changes as Prisma.InputJsonValue,
      snapshot: snapshot as Prisma.InputJsonValue,
    },
  });
}

/** Create an account with its "create" audit entry, in one transaction. */
export async function createAccount(db: Db, actorId: number, input: NewUser): Promise<{ kind: "forbidden" } | { kind: "created"; user: UserSummary; password: string }> {
  return writeTransaction(db, async (tx) => {
    await lockAccounts(tx);
    if (!(await actorIsAdmin(tx, actorId))) return { kind: "forbidden" } as const;
    const { user, password } = await createUser(input, tx as unknown as Db);
    await audit(tx, actorId, user.id, 1, "create", { role: { before: null, after: user.role } });
    return { kind: "created", user, password } as const;
  });
}

export async function changeAccount(db: Db, actorId: number, userId: number, expectedVersion: number, change: AccountChange): Promise<AccountChangeResult> {
  if (userId === actorId) return { kind: "self" };
  // bcrypt is slow: hash before taking the lock.
  const password = change.kind === "resetPassword" ? generatePassword() : undefined;
  const passwordHash = password ? await hashPassword(password) : undefined;
  return writeTransaction(db, async (tx): Promise<AccountChangeResult> => {
    await lockAccounts(tx);
    if (!(await actorIsAdmin(tx, actorId))) return { kind: "forbidden" };
    const before = await tx.user.findUnique({ where: { id: userId }, select: { ...SNAPSHOT, id: true } });
    if (!before) return { kind: "missing" };
    if (before.version !== expectedVersion) return { kind: "conflict", currentVersion: before.version };

    let data: Prisma.UserUpdateInput;
    let changes: Record<string, { before: unknown; after: unknown }>;
    let action: string;
    switch (change.kind) {
      case "role":
        if (before.role === change.role) return { kind: "unchanged", version: before.version };
        data = { role: change.role };
        changes = { role: { before: before.role, after: change.role } };
        action = "role";
        break;
      case "active":
        if (before.active === change.active) return { kind: "unchanged", version: before.version };
        data = { active: change.active };
        changes = { active: { before: before.active, after: change.active } };
        action = change.active ? "activate" : "deactivate";
        break;
      case "resetPassword":
        data = { passwordHash, mustChangePassword: true };
        changes = { password: { before: "•", after: "•" } };
        action = "resetPassword";
        break;
      case "signOutEverywhere":
        data = {};
        changes = { sessions: { before: "•", after: null } };
        action = "signOutEverywhere";
        break;
    }
    const losesAdmin = before.role === "admin" && before.active && ((change.kind === "role" && change.role !== "admin") || (change.kind === "active" && !change.active));
    if (losesAdmin && (await tx.user.count({ where: { role: "admin", active: true, id: { not: userId } } })) === 0) return { kind: "lastAdmin" };

    const after = await tx.user.update({
      where: { id: userId },
      data: { ...data, version: { increment: 1 }, sessionVersion: { increment: 1 } },
      select: { version: true, email: true },
    });
    if (change.kind === "resetPassword") await clearAccountFailures(tx, after.email);
    await audit(tx, actorId, userId, after.version, action, changes);
    return { kind: "saved", version: after.version, email: after.email, password };
  });
}
