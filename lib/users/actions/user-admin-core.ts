import "server-only";
/**
 * Managing accounts from /admin/users. Each `...Core(user, raw)` is the guarded
 * pipeline with an explicit user (tests call these); ./users.ts binds them to
 * the session. Every change is recorded in the audit trail as entity "user".
 */
import type { z } from "zod";
import { getDb } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { runGuarded, type Actor, type GuardedResult } from "../../auth/action/guard";
import type { SessionUser } from "../../auth/session";
import { createUserSchema, resetPasswordSchema, setActiveSchema, setRoleSchema } from "../schemas";
import { UserInputError, createUser, resetPassword, setActive, setRole } from "../users";

const PATHS = ["/admin/users"];

async function audit(actor: Actor, userId: number, action: string, changes: Record<string, { before: unknown; after: unknown }>) {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, role: true, active: true } });
  const last = await db.auditEntry.count({ where: { entityType: "user", entityId: userId } });
  await db.auditEntry.create({
    data: {
      entityType: "user",
      entityId: userId,
      version: last + 1,
      action,
      userId: actor.id,
      changes: changes as Prisma.InputJsonValue,
      snapshot: (user ?? {}) as Prisma.InputJsonValue,
    },
  });
}

/**
 * An admin cannot demote, deactivate or reset themselves: the one acting is an
 * active admin, so this alone guarantees at least one admin always remains.
 */
function refuseSelf(actor: Actor, userId: number): GuardedResult | null {
  return userId === actor.id ? { ok: false, message: "admin.errors.cannotChangeSelf" } : null;
}

async function writeCreate(actor: Actor, input: z.infer<typeof createUserSchema>): Promise<GuardedResult> {
  try {
    const { user, password } = await createUser({ email: input.email, role: input.role, name: input.name });
    await audit(actor, user.id, "create", { role: { before: null, after: user.role } });
    return { ok: true, message: "admin.users.created", values: { email: user.email }, secret: password, revalidate: PATHS };
  } catch (error) {
    if (error instanceof UserInputError) return { ok: false, errors: { email: [error.code] }, message: "auth.errors.invalidForm" };
    throw error;
  }
}

async function writeRole(actor: Actor, input: z.infer<typeof setRoleSchema>): Promise<GuardedResult> {
  const refused = refuseSelf(actor, input.userId);
  if (refused) return refused;
  const before = await getDb().user.findUnique({ where: { id: input.userId }, select: { role: true } });
  if (!before) return { ok: false, message: "admin.errors.userMissing" };
  if (before.role === input.role) return { ok: true, message: "admin.edit.unchanged" };
  await setRole(input.userId, input.role);
  await audit(actor, input.userId, "role", { role: { before: before.role, after: input.role } });
  return { ok: true, message: "admin.users.roleChanged", revalidate: PATHS };
}

async function writeActive(actor: Actor, input: z.infer<typeof setActiveSchema>): Promise<GuardedResult> {
  const refused = refuseSelf(actor, input.userId);
  if (refused) return refused;
  const before = await getDb().user.findUnique({ where: { id: input.userId }, select: { active: true } });
  if (!before) return { ok: false, message: "admin.errors.userMissing" };
  await setActive(input.userId, input.active);
  await audit(actor, input.userId, input.active ? "activate" : "deactivate", { active: { before: before.active, after: input.active } });
  return { ok: true, message: input.active ? "admin.users.activated" : "admin.users.deactivated", revalidate: PATHS };
}

async function writeReset(actor: Actor, input: z.infer<typeof resetPasswordSchema>): Promise<GuardedResult> {
  const refused = refuseSelf(actor, input.userId);
  if (refused) return refused;
  const exists = await getDb().user.findUnique({ where: { id: input.userId }, select: { email: true } });
  if (!exists) return { ok: false, message: "admin.errors.userMissing" };
  const password = await resetPassword(input.userId);
  await audit(actor, input.userId, "resetPassword", { password: { before: "•", after: "•" } });
  return { ok: true, message: "admin.users.passwordReset", values: { email: exists.email }, secret: password, revalidate: PATHS };
}

export const userWrites = { writeCreate, writeRole, writeActive, writeReset };

export const createUserCore = (user: SessionUser | null, raw: unknown) => runGuarded(user, createUserSchema, raw, writeCreate);
export const setRoleCore = (user: SessionUser | null, raw: unknown) => runGuarded(user, setRoleSchema, raw, writeRole);
export const setActiveCore = (user: SessionUser | null, raw: unknown) => runGuarded(user, setActiveSchema, raw, writeActive);
export const resetPasswordCore = (user: SessionUser | null, raw: unknown) => runGuarded(user, resetPasswordSchema, raw, writeReset);
