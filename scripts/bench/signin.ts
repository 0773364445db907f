/**
 * A signed-in officer for the mix (issue 8): the bench creates the account in
 * its own database (as `npm run user:create` does) and signs in for real
 * through next-auth's credentials flow (csrf token, then the credentials
 * callback), like any client would; the session cookie it gets back is sent
 * with every request of the officer's run. Officers see contact persons, so
 * their views are never served from the anonymous cache: they read the database.
 */
import { randomBytes } from "node:crypto";
import { createDb } from "../../lib/db/client";
import { SESSION_COOKIE } from "../../lib/auth/cookie-name";
import { createUser } from "../../lib/users/users";

export const BENCH_OFFICER_EMAIL = "bench-officer@passerelle.invalid";

/** Creates (or re-creates, with a new password) the bench's officer in the bench database. */
export async function createBenchOfficer(databaseUrl: string): Promise<{ email: string; password: string }> {
  const db = createDb(databaseUrl, 1);
  try {
    await db.user.deleteMany({ where: { email: BENCH_OFFICER_EMAIL } });
    const password = randomBytes(18).toString("base64url");
    await createUser({ email: BENCH_OFFICER_EMAIL, role: "officer", name: "Bench officer", password, mustChangePassword: false }, db);
    return { email: BENCH_OFFICER_EMAIL, password };
  } finally {
    await db.$disconnect();
  }
}

/** `name=value` pairs of the Set-Cookie headers of a response. */
function cookiesOf(response: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    if (at > 0) out.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return out;
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header of the session. */
export async function signIn(origin: string, user: { email: string; password: string }): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", origin), { signal: AbortSignal.timeout(30_000) });
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(new URL("/api/auth/callback/credentials", origin), {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, callbackUrl: `${origin}/partners`, json: "true" }),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  const session = cookiesOf(response).get(SESSION_COOKIE);
  if (!session) throw new Error(`signing in as ${user.email} gave no ${SESSION_COOKIE} cookie (status ${response.status})`);
  const cookie = `${SESSION_COOKIE}=${session}`;
  // The cookie must really be an officer's session (next-auth reads it back).
  const check = await fetch(new URL("/api/auth/session", origin), { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  const body = (await check.json()) as { user?: { email?: string; role?: string } };
  if (body.user?.email !== user.email || body.user.role !== "officer") throw new Error(`the session after signing in is not the officer's: ${JSON.stringify(body)}`);
  return cookie;
}
