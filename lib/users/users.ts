/**
 * Accounts: creation (CLI, first start, admin page), role changes, deactivation
 * and passwords. No "server-only" marker: the command-line scripts use it too.
 * Any change that should end existing sessions bumps `sessionVersion`
 * (sessions are stateless JWTs: see lib/auth/session.ts).
 */
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { normaliseEmail } from "../auth/credentials";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "../auth/passwords";
import type { Role } from "../auth/viewer";
import { accountKey, clearFailures } from "../security/rate-limit";

export interface NewUser {
  email: string;
  role: Role;
  /** Omitted: a one-time password is generated, to be changed at first sign-in. */
  password?: string;
  name?: string | null;
  /** Defaults to true when the password is generated. */
  mustChangePassword?: boolean;
}

export class UserInputError extends Error {
  constructor(readonly code: "emailTaken" | "passwordTooShort" | "passwordTooLong" | "invalidEmail") {
    super(code);
  }
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  mustChangePassword: true,
  lastLoginAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export type UserSummary = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

/** Create an account; returns it with the password (shown once when generated). */
export async function createUser(input: NewUser, db: Db = getDb()): Promise<{ user: UserSummary; password: string }> {
  const email = normaliseEmail(input.email);
  if (!EMAIL_RE.test(email)) throw new UserInputError("invalidEmail");
  const generated = input.password === undefined;
  const password = input.password ?? generatePassword();
  const problem = passwordProblem(password);
  if (problem) throw new UserInputError(problem === "tooShort" ? "passwordTooShort" : "passwordTooLong");
  try {
    const user = await db.user.create({
      data: {
        email,
        name: input.name ?? null,
        role: input.role,
        passwordHash: await hashPassword(password),
        mustChangePassword: input.mustChangePassword ?? generated,
      },
      select: USER_SELECT,
    });
    return { user, password };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new UserInputError("emailTaken");
    throw error;
  }
}

export function listUsers(db: Db = getDb()): Promise<UserSummary[]> {
  return db.user.findMany({ orderBy: [{ active: "desc" }, { email: "asc" }], select: USER_SELECT });
}

export async function setRole(userId: number, role: Role, db: Db = getDb()): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
}

export async function setActive(userId: number, active: boolean, db: Db = getDb()): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
}

/** A new one-time password (ends the user's sessions, lifts a sign-in lock). */
export async function resetPassword(userId: number, db: Db = getDb()): Promise<string> {
  const password = generatePassword();
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password), mustChangePassword: true, sessionVersion: { increment: 1 } },
    select: { email: true },
  });
  await clearFailures(db, accountKey(user.email));
  return password;
}

/**
 * The user chooses their own password. Returns the new session version (the
 * caller re-issues its own session: other sessions of this user end).
 */
export async function changePassword(
  userId: number,
  current: string,
  next: string,
  db: Db = getDb(),
): Promise<{ ok: true; sessionVersion: number } | { ok: false; reason: "wrongPassword" | "passwordTooShort" | "passwordTooLong" | "samePassword" }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(current, user.passwordHash))) return { ok: false, reason: "wrongPassword" };
  const problem = passwordProblem(next);
  if (problem) return { ok: false, reason: problem === "tooShort" ? "passwordTooShort" : "passwordTooLong" };
  if (current === next) return { ok: false, reason: "samePassword" };
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(next), mustChangePassword: false, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { ok: true, sessionVersion: updated.sessionVersion };
}
