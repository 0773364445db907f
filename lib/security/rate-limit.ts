/**
 * Sign-in throttling with the counters in PostgreSQL ("login_throttle"), so
 * every app instance behind a load balancer counts the same attempts.
 *
 * Keys (OWASP Authentication Cheat Sheet, "Login Throttling"; issue 9):
 * - one account from one address ("account-address:<e-mail> <address>"):
 *   5 tries, then a lock that doubles with each further failure (1 min, 2, 4…
 *   up to an hour). Someone guessing from their address slows only themselves:
 *   the owner, from their own address, is never kept out.
 * - one address, any accounts ("ip:<address>"): password spraying.
 * - one signed-in user changing their password ("password-change:<id>"):
 *   guessing the current password from a stolen session.
 * Unknown e-mails are counted like known ones, so a lock reveals nothing about
 * which accounts exist.
 */
import type { Db } from "../db/client";

export interface ThrottlePolicy {
  maxFailures: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  /** The lock at the limit; each further failure doubles it, up to maxLockMs. */
  lockMs: number;
  maxLockMs: number;
}

const MINUTE = 60_000;

export const ACCOUNT_ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 24 * 60 * MINUTE, lockMs: MINUTE, maxLockMs: 60 * MINUTE };
/** One address trying many accounts (an office may share one address: more generous). */
export const IP_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 15 * MINUTE };
export const PASSWORD_CHANGE_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 24 * 60 * MINUTE, lockMs: MINUTE, maxLockMs: 60 * MINUTE };

type DbLike = Pick<Db, "$queryRaw" | "$executeRaw">;

const accountPrefix = (email: string) => `account-address:${email.trim().toLowerCase()} `;

/** E-mail addresses hold no space, so the space cleanly ends the account part. */
export function accountAddressKey(email: string, ip: string): string {
  return `${accountPrefix(email)}${ip}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip}`;
}

export function passwordChangeKey(userId: number): string {
  return `password-change:${userId}`;
}

/** How long the lock lasts after the `failures`-th failure in a row (0 below the limit). */
export function lockDuration(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.maxFailures) return 0;
  return Math.min(policy.lockMs * 2 ** Math.min(failures - policy.maxFailures, 30), policy.maxLockMs);
}

/** The latest time until which any of `keys` is locked, or null when none is. */
export async function lockedUntil(db: DbLike, keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db.$queryRaw<Array<{ until: Date | null }>>`
    SELECT max("lockedUntil") AS until FROM login_throttle
    WHERE key = ANY(${keys}::text[]) AND "lockedUntil" > ${now}::timestamp(3)`;
  return rows[0]?.until ?? null;
}

/**
 * Count one failed attempt for `key`. The count is one atomic statement (no
 * read-then-write race between instances); the lock it implies only ever
 * grows (GREATEST), so concurrent failures cannot shorten each other's lock.
 * Returns the lock end when this failure reached the limit.
 */
export async function recordFailure(db: DbLike, key: string, policy: ThrottlePolicy, now = new Date()): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const rows = await db.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO login_throttle AS t (key, failures, "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}::timestamp(3), NULL, ${now}::timestamp(3))
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t."windowStart" < ${windowStart}::timestamp(3) THEN 1 ELSE t.failures + 1 END,
      "windowStart" = CASE WHEN t."windowStart" < ${windowStart}::timestamp(3) THEN ${now}::timestamp(3) ELSE t."windowStart" END,
      "updatedAt" = ${now}::timestamp(3)
    RETURNING failures`;
  const lock = lockDuration(policy, rows[0]?.failures ?? 0);
  if (lock === 0) return null;
  const until = new Date(now.getTime() + lock);
  await db.$executeRaw`
    UPDATE login_throttle SET "lockedUntil" = GREATEST(COALESCE("lockedUntil", ${until}::timestamp(3)), ${until}::timestamp(3))
    WHERE key = ${key}`;
  return until;
}

/** Forget a key's failures (after a successful sign-in). */
export async function clearFailures(db: DbLike, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM login_throttle WHERE key = ${key}`;
}

/** Forget an account's failures from every address (an admin resetting its password). */
export async function clearAccountFailures(db: DbLike, email: string): Promise<void> {
  const prefix = accountPrefix(email);
  await db.$executeRaw`DELETE FROM login_throttle WHERE left(key, ${prefix.length}) = ${prefix}`;
}

/** Drop counters nobody has touched for a day, so the table stays small. */
export async function pruneThrottles(db: DbLike, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - 24 * 60 * MINUTE);
  await db.$executeRaw`DELETE FROM login_throttle
    WHERE "updatedAt" < ${cutoff}::timestamp(3) AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now}::timestamp(3))`;
}
