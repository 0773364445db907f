import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { SESSION_COOKIE, authOptions, claimsOf } from "./options";
import { sessionRevokedSql } from "./revoke";
import type { Role } from "./roles";

export interface SessionUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  /** Signed in with a one-time password: must choose a new one before anything else. */
  mustChangePassword: boolean;
  /** This session's id (signing out revokes it). */
  sessionId: string;
}

/**
 * The signed-in user, or null. The token alone is not trusted for authority:
 * the user row is read (one primary-key lookup, once per request) so that a
 * deactivation, a role change or a password reset takes effect at once on
 * every instance, even though sessions are stateless JWTs; a signed-out
 * session's id is refused the same way (lib/auth/revoke.ts).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Anonymous visitors (most traffic) cost no token decoding and no query.
  const store = await cookies();
  if (!store.has(SESSION_COOKIE)) return null;
  // The request handed over explicitly (next-auth's API-route form) rather than
  // letting next-auth require("next/headers") itself: same decoding, one source
  // for the request in the app and in tests.
  const req = {
    headers: Object.fromEntries(await headers()),
    cookies: Object.fromEntries(store.getAll().map((c) => [c.name, c.value])),
  };
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  const claims = claimsOf(await getServerSession(req as never, res as never, authOptions()));
  if (!claims) return null;
  // The user and whether this session was signed out, in one statement: every
  // signed-in request pays it (one Prisma query costs ~0.3 ms of the server's CPU).
  const [user] = await getDb().$queryRaw<(Omit<SessionUser, "sessionId"> & { active: boolean; sessionVersion: number; revoked: boolean })[]>(
    Prisma.sql`SELECT u."id", u."email", u."name", u."role"::text AS "role", u."active", u."mustChangePassword", u."sessionVersion",
                      ${sessionRevokedSql(claims.sid)} AS "revoked"
               FROM "app_user" u WHERE u."id" = ${claims.userId}`,
  );
  if (!user || !user.active || user.revoked || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword, sessionId: claims.sid };
});
