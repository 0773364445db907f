/**
 * Ending sessions server-side (issue 9: a signed-out token kept working for
 * 12 h). Sessions are signed JWTs, so the server keeps only what is needed
 * to refuse them:
 * - one session (signing out): its id in `revoked_session` until the token
 *   would have expired anyway;
 * - every session of a user (an admin's "sign out everywhere", a role change,
 *   a deactivation, a new password): the user's `sessionVersion` moves on, and
 *   tokens carrying the old one are refused (lib/auth/session.ts); the
 *   account changes that do it are in lib/users/account-changes.ts.
 */
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";

type DbLike = Pick<Db, "revokedSession">;

export async function revokeSession(db: DbLike, sid: string, expiresAt: Date, now = new Date()): Promise<void> {
  await db.revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} });
  // Expired tokens are refused by their signature anyway: keep the table small.
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}

/**
 * Whether session `sid` was signed out, as an SQL condition: lib/auth/session.ts
 * asks it in the same statement as it reads the user (one round trip per
 * signed-in request instead of two).
 */
export function sessionRevokedSql(sid: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "revoked_session" rs WHERE rs."sid" = ${sid})`;
}
