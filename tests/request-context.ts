/**
 * The Next.js request around a server action, for integration tests that call
 * the real "use server" exports (issue 11): each call runs inside its own
 * request (cookies, headers), so concurrent calls can act as different users.
 * The session cookie is a real next-auth token signed with the app's secret:
 * the session lookup, the guards and the database are the production ones.
 * Use with `vi.mock("next/headers", () => import("<path>/tests/request-context").then((m) => m.nextHeaders))`.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { ActionState } from "../lib/actions/state";

interface Request {
  cookies: Map<string, string>;
  headers: Headers;
}

const current = new AsyncLocalStorage<Request>();
const outside: Request = { cookies: new Map(), headers: new Headers() };
const request = () => current.getStore() ?? outside;

/** Stand-ins for next/headers' `cookies()` and `headers()`, reading the current test request. */
export const nextHeaders = {
  cookies: async () => {
    const jar = request().cookies;
    return {
      has: (name: string) => jar.has(name),
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    };
  },
  headers: async () => {
    const { cookies, headers } = request();
    const out = new Headers(headers);
    if (cookies.size) out.set("cookie", [...cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    return out;
  },
};

export interface TestSessionUser {
  id: number;
  email: string;
  role: string;
  /** The user's sessionVersion (0 for a fresh account). */
  sessionVersion?: number;
}

/** A session cookie for `user` as the sign-in would issue it (the claims a forger would need the secret for). */
export async function sessionCookie(user: TestSessionUser, claims: { role?: string } = {}): Promise<Map<string, string>> {
  // Imported late: the auth settings read the environment the test file prepared.
  const [{ authEnv }, { SESSION_COOKIE }] = await Promise.all([import("../lib/auth/env"), import("../lib/auth/cookie-name")]);
  const token = await encode({
    secret: authEnv().secret,
    token: { sub: String(user.id), email: user.email, role: claims.role ?? user.role, sv: user.sessionVersion ?? 0, sid: randomUUID() },
  });
  return new Map([[SESSION_COOKIE, token]]);
}

/**
 * Sign in as `user` (null: anonymous) every request made outside `asUser`: for tests
 * that call route handlers directly, one viewer at a time, until the next call.
 */
export async function signInOutside(user: TestSessionUser | null): Promise<void> {
  outside.cookies = user ? await sessionCookie(user) : new Map<string, string>();
}

/** Run `work` in a request signed in as `user` (null: anonymous). */
export async function asUser<T>(user: TestSessionUser | null, work: () => Promise<T>, claims: { role?: string } = {}): Promise<T> {
  const cookies = user ? await sessionCookie(user, claims) : new Map<string, string>();
  return current.run({ cookies, headers: new Headers() }, work);
}

/** FormData as a browser posts it: nested objects as dotted names, string arrays under "name[]", a File as an upload. */
export function toFormData(value: Record<string, unknown>): FormData {
  const fd = new FormData();
  const add = (v: unknown, prefix: string) => {
    if (v instanceof Blob) fd.append(prefix, v);
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) for (const x of v) fd.append(`${prefix}[]`, x);
    else if (v && typeof v === "object") for (const [k, child] of Object.entries(v)) add(child, prefix ? `${prefix}.${k}` : k);
    else if (v !== undefined && v !== null) fd.append(prefix, String(v));
  };
  add(value, "");
  return fd;
}

type PostedAction = (previous: object, formData: FormData) => Promise<object>;

/**
 * Post `input` to the "use server" export `action` as `user` (null: anonymous), as the
 * form would. The real export redirects after some saves (Next's redirect() throws);
 * that comes back as `{ ok: true, redirectTo }`.
 */
export async function post(user: TestSessionUser | null, action: PostedAction, input: Record<string, unknown>, claims: { role?: string } = {}): Promise<ActionState> {
  try {
    return (await asUser(user, () => action({}, toFormData(input)), claims)) as ActionState;
  } catch (error) {
    // Next's redirect error carries "NEXT_REDIRECT;<type>;<url>;<status>;" in its digest.
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) throw error;
    return { ok: true, redirectTo: digest.split(";")[2] };
  }
}
