import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { verifyCredentials } from "./credentials";
import { authEnv } from "./env";
import { isRole } from "./roles";
import { clientIp } from "../security/client-ip";
import type { Role } from "./viewer";

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
export function authOptions(): NextAuthOptions {
  const env = authEnv();
  return {
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
      sessionToken: { name: SESSION_COOKIE, options: sessionCookieOptions(env.secureCookies, env.sessionMaxAgeSeconds) },
    },
    providers: [
      CredentialsProvider({
        name: "Passerelle",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const headers = new Headers(Object.entries(req.headers ?? {}).map(([k, v]): [string, string] => [k, String(v)]));
          const result = await verifyCredentials(getDb(), {
            email: credentials.email,
            password: credentials.password,
            ip: clientIp(headers),
          });
          if (!result.ok) return null;
          const u = result.user;
          return { id: String(u.id), email: u.email, name: u.name, role: u.role, sv: u.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { role: Role; sv: number };
          token.role = u.role;
          token.sv = u.sv;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub, role: token.role, sv: token.sv } };
      },
    },
  };
}

/** The claims of a next-auth session object, or null when it is not one of ours. */
export function claimsOf(session: unknown): SessionClaims | null {
  const user = (session as { user?: Record<string, unknown> } | null)?.user;
  if (!user) return null;
  const userId = Number(user.id);
  if (!Number.isInteger(userId) || typeof user.email !== "string" || !isRole(user.role) || typeof user.sv !== "number") return null;
  return { userId, email: user.email, role: user.role, sv: user.sv };
}
