/**
 * Accounts: creation (CLI, first start, admin page) and one's own password;
 * an admin's changes are in ./account-changes.ts (versioned and audited).
 * No "server-only" marker: the command-line scripts use it too.
 * Any change that should end existing sessions bumps `sessionVersion`
 * (sessions are stateless JWTs: see lib/auth/session.ts).
 */
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { normaliseEmail } from "../auth/credentials";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "../auth/passwords";
import type { Role } from "../auth/roles";
import { PASSWORD_CHANGE_POLICY, clearFailures, lockedUntil, passwordChangeKey, recordFailure } from "../security/rate-limit";

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
  version: true,
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

export type ChangePasswordResult =
  | { ok: true; sessionVersion: number }
  | { ok: false; reason: "wrongPassword" | "passwordTooShort" | "passwordTooLong" | "samePassword" }
  | { ok: false; reason: "locked"; until: Date };

/**
 * The user chooses their own password. Returns the new session version (the
 * caller re-issues its own session: other sessions of this user end). Wrong
 * current passwords are throttled like sign-ins (issue 9): a stolen session
 * must not become an unlimited password-guessing oracle.
 */
export async function changePassword(userId: number, current: string, next: string, db: Db = getDb(), now = new Date()): Promise<ChangePasswordResult> {
  const key = passwordChangeKey(userId);
  const locked = await lockedUntil(db, [key], now);
  if (locked) return { ok: false, reason: "locked", until: locked };
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(current, user.passwordHash))) {
    const until = await recordFailure(db, key, PASSWORD_CHANGE_POLICY, now);
    return until ? { ok: false, reason: "locked", until } : { ok: false, reason: "wrongPassword" };
  }
  await clearFailures(db, key);
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
