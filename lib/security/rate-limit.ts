/**
 * Sign-in throttling with the counters in PostgreSQL ("login_throttle"), so
 * every app instance behind a load balancer counts the same attempts. Each key
 * ("account:<e-mail>", "ip:<address>") counts failures in a fixed window; at the
 * limit the key is locked for a while. Unknown e-mails are counted like known
 * ones, so a lock reveals nothing about which accounts exist.
 */
import type { Db } from "../db/client";

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;

/** Guessing one account's password: 5 tries per quarter hour. */
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** One address trying many accounts (an office may share one address: more generous). */
export const IP_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

type DbLike = Pick<Db, "$queryRaw" | "$executeRaw">;

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip}`;
}

/** The latest time until which any of `keys` is locked, or null when none is. */
export async function lockedUntil(db: DbLike, keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db.$queryRaw<Array<{ until: Date | null }>>`
    SELECT max("lockedUntil") AS until FROM login_throttle
    WHERE key = ANY(${keys}::text[]) AND "lockedUntil" > ${now}::timestamp(3)`;
  return rows[0]?.until ?? null;
}

/**
 * Count one failed attempt for `key` in one atomic statement (no read-then-write
 * race between instances). Returns the lock end when this failure reached the limit.
 */
export async function recordFailure(db: DbLike, key: string, policy: ThrottlePolicy, now = new Date()): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const lockEnd = new Date(now.getTime() + policy.lockMs);
  const rows = await db.$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
    INSERT INTO login_throttle (key, failures, "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}::timestamp(3),
            CASE WHEN 1 >= ${policy.maxFailures} THEN ${lockEnd}::timestamp(3) END, ${now}::timestamp(3))
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle."windowStart" < ${windowStart}::timestamp(3) THEN 1
                      ELSE login_throttle.failures + 1 END,
      "windowStart" = CASE WHEN login_throttle."windowStart" < ${windowStart}::timestamp(3) THEN ${now}::timestamp(3)
                           ELSE login_throttle."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN login_throttle."windowStart" < ${windowStart}::timestamp(3) THEN 1
                   ELSE login_throttle.failures + 1 END) >= ${policy.maxFailures}
        THEN ${lockEnd}::timestamp(3)
        ELSE login_throttle."lockedUntil" END,
      "updatedAt" = ${now}::timestamp(3)
    RETURNING failures, "lockedUntil"`;
  const until = rows[0]?.lockedUntil ?? null;
  return until && until > now ? until : null;
}

/** Forget a key's failures (after a successful sign-in, or an admin unlocking an account). */
export async function clearFailures(db: DbLike, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM login_throttle WHERE key = ${key}`;
}

/** Drop counters nobody has touched for a day, so the table stays small. */
export async function pruneThrottles(db: DbLike, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - 24 * 60 * MINUTE);
  await db.$executeRaw`DELETE FROM login_throttle
    WHERE "updatedAt" < ${cutoff}::timestamp(3) AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now}::timestamp(3))`;
}
