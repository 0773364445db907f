/**
 * Checking an e-mail and password, with the sign-in throttle around it. Used by
 * the sign-in form's server action and by next-auth's Credentials provider, so
 * both paths are limited the same way.
 */
import type { Role } from "./roles";
import type { Db } from "../db/client";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import { authEnv } from "./env";
import { clientIp } from "../security/client-ip";
import {
  ACCOUNT_ADDRESS_POLICY,
  IP_POLICY,
  accountAddressKey,
  clearFailures,
  ipKey,
  lockedUntil,
  pruneThrottles,
  recordFailure,
} from "../security/rate-limit";

export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  sessionVersion: number;
  mustChangePassword: boolean;
}

export type CredentialsResult =
  | { ok: true; user: AuthenticatedUser }
  /** Wrong e-mail, wrong password or deactivated account: deliberately the same answer. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

/** The address a sign-in attempt is counted under: the socket's, or the client's behind a configured proxy. */
export function requestClientIp(headers: Pick<Headers, "get">): string {
  return clientIp(headers, authEnv().trustedProxies);
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifyCredentials(
  db: Db,
  input: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<CredentialsResult> {
  const email = normaliseEmail(input.email);
  // Per account *and* address (plus spraying per address): failures from an
  // attacker's address never lock the owner out at theirs (issue 9).
  const keys = { account: accountAddressKey(email, input.ip), ip: ipKey(input.ip) };

  // A locked key refuses even the right password: otherwise the lock would
  // not slow guessing down at all.
  const locked = await lockedUntil(db, [keys.account, keys.ip], now);
  if (locked) return { ok: false, reason: "locked", until: locked };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, sessionVersion: true, mustChangePassword: true },
  });
  // Always pay for one bcrypt comparison, so timing does not tell whether the e-mail exists.
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));

  if (!user || !user.active || !matches) {
    const accountLock = await recordFailure(db, keys.account, ACCOUNT_ADDRESS_POLICY, now);
    const ipLock = await recordFailure(db, keys.ip, IP_POLICY, now);
    const until = [accountLock, ipLock].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
    return until ? { ok: false, reason: "locked", until } : { ok: false, reason: "invalid" };
  }

  // The address counter is kept: one valid account must not reset an address
  // that is guessing other accounts' passwords.
  await clearFailures(db, keys.account);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  await pruneThrottles(db, now);
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
      mustChangePassword: user.mustChangePassword,
    },
  };
}
