import "server-only";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { AuthenticatedUser } from "./credentials";
import { authEnv } from "./env";
import { SESSION_COOKIE, sessionCookieOptions } from "./options";

/**
 * Issue the session cookie after a successful sign-in, in the token format
 * next-auth reads (lib/auth/session.ts decodes it with next-auth's decode and the same secret).
 * Secure when configured so, or when the request reached the proxy over HTTPS.
 */
export async function issueSession(user: AuthenticatedUser): Promise<void> {
  const env = authEnv();
  const token = await encode({
    secret: env.secret,
    maxAge: env.sessionMaxAgeSeconds,
    token: { sub: String(user.id), email: user.email, name: user.name, role: user.role, sv: user.sessionVersion, sid: randomUUID() },
  });
  const https = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(env.secureCookies || https, env.sessionMaxAgeSeconds));
}

export async function clearSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
