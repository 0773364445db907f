import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { requestClientIp, verifyCredentials } from "./credentials";
import { authEnv } from "./env";
import { isRole } from "./roles";
import { safeReturnPath } from "./return-path";
import { revokeSession } from "./revoke";
import { isDatabaseUnavailable } from "../db/errors";
import type { Role } from "./roles";

// Our own cookie name: the same on HTTP and HTTPS, so one deployment reads it either way.
import { SESSION_COOKIE } from "./cookie-name";
export { SESSION_COOKIE };

/** What the session token carries (a signed and encrypted JWT: no server-side state). */
export interface SessionClaims {
  userId: number;
  email: string;
  role: Role;
  /** The user's sessionVersion when the token was issued (revocation, see accounts.prisma). */
  sv: number;
  /** This session's id: signing out revokes it (lib/auth/revoke.ts). */
  sid: string;
}

export function sessionCookieOptions(secure: boolean, maxAge: number) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge };
}

/**
 * next-auth configuration: JWT sessions signed with the shared secret, so any
 * instance can read a session another one issued. The sign-in page uses its own
 * server action (lib/auth/actions.ts) for clear, throttled messages; the
 * Credentials provider runs the same check for next-auth's own endpoints.
 */
export function authOptions(request: { https?: boolean } = {}): NextAuthOptions {
  const env = authEnv();
  // Like the app's own sign-in (session-cookie.ts): Secure when configured, or
  // when this request reached the proxy over HTTPS (issue 9). This also gives
  // next-auth's csrf and callback cookies their Secure, __Host- forms.
  const secure = env.secureCookies || request.https === true;
  return {
    useSecureCookies: secure,
    secret: env.secret,
    session: { strategy: "jwt", maxAge: env.sessionMaxAgeSeconds },
    jwt: { maxAge: env.sessionMaxAgeSeconds },
    pages: { signIn: "/signin", error: "/signin" },
    // A stale or forged cookie is routine (anonymous from then on): one line, no stack.
    logger: {
      error: (code) => console.warn(`[next-auth] ${code}`),
      warn: () => {},
      debug: () => {},
    },
    cookies: {
      sessionToken: { name: SESSION_COOKIE, options: sessionCookieOptions(secure, env.sessionMaxAgeSeconds) },
    },
    providers: [
      CredentialsProvider({
        name: "Passerelle",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const headers = new Headers(Object.entries(req.headers ?? {}).map(([k, v]): [string, string] => [k, String(v)]));
          let result;
          try {
            result = await verifyCredentials(getDb(), { email: credentials.email, password: credentials.password, ip: requestClientIp(headers) });
          } catch (error) {
            // next-auth puts a thrown message in the redirect URL (?error=…):
            // never a raw database error there, only a code the sign-in page knows.
            console.error("[auth] credentials check failed:", error);
            throw new Error(isDatabaseUnavailable(error) ? "DatabaseUnavailable" : "SignInFailed");
          }
          if (!result.ok) return null;
          const u = result.user;
          return { id: String(u.id), email: u.email, name: u.name, role: u.role, sv: u.sessionVersion };
        },
      }),
    ],
    events: {
      // next-auth's own sign-out endpoint ends the session server-side, like the app's button.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(getDb(), token.sid, new Date(Date.now() + env.sessionMaxAgeSeconds * 1000));
      },
    },
    callbacks: {
      // Only paths on this site, whatever callbackUrl says (issue 9: open redirect).
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
        return `${baseUrl}${safeReturnPath(path)}`;
      },
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { role: Role; sv: number };
          token.role = u.role;
          token.sv = u.sv;
          token.sid = randomUUID();
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, ...sessionUserOf(token) } };
      },
    },
  };
}

/** What a session's user holds of its token (next-auth's session callback, and `claimsOfToken`). */
function sessionUserOf(token: JWT) {
  return { id: token.sub, email: token.email, role: token.role, sv: token.sv, sid: token.sid };
}

/** The claims of a decoded session token (lib/auth/session.ts), or null when it is not one of ours. */
export function claimsOfToken(token: JWT | null): SessionClaims | null {
  return token ? claimsOf({ user: sessionUserOf(token) }) : null;
}

/** The claims of a next-auth session object, or null when it is not one of ours. */
export function claimsOf(session: unknown): SessionClaims | null {
  const user = (session as { user?: Record<string, unknown> } | null)?.user;
  if (!user) return null;
  const userId = Number(user.id);
  if (!Number.isInteger(userId) || typeof user.email !== "string" || !isRole(user.role) || typeof user.sv !== "number") return null;
  // A token without a session id cannot be signed out: not one we issue.
  if (typeof user.sid !== "string" || user.sid.length === 0) return null;
  return { userId, email: user.email, role: user.role, sv: user.sv, sid: user.sid };
}
