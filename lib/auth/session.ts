import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { authEnv } from "./env";
import { SESSION_COOKIE, claimsOfToken } from "./options";
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
  // The token as next-auth wrote it, decoded with next-auth's own `decode` (the same secret,
  // the same expiry check). getServerSession did this and then encoded the token again to
  // slide its expiry, into a cookie a server component cannot set: two key derivations and
  // an encryption per signed-in request for nothing (0.25 -> 0.05 ms of CPU). The cookie comes whole
  // (./session-cookie.ts): a token of a few hundred bytes, which next-auth would split only over 4 kB.
  const claims = claimsOfToken(await decodedToken(store.get(SESSION_COOKIE)?.value));
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

/** The session token's payload, or null when it is not one this secret wrote or it has expired (a routine case: anonymous from then on). */
async function decodedToken(token: string | undefined) {
  if (!token) return null;
  try {
    return await decode({ token, secret: authEnv().secret });
  } catch {
    return null;
  }
}
