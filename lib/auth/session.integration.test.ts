import { afterAll, beforeEach, describe, expect, inject, it, vi } from "vitest";

// The request's cookies are the only thing replaced: next-auth decodes the
// real token with the real secret, and the user row is read from the database.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    has: (name: string) => jar.has(name),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers({ cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") }),
}));

process.env.DATABASE_URL ??= inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { randomUUID } = await import("node:crypto");
const { encode } = await import("next-auth/jwt");
const { getDb } = await import("../db/client");
const { authEnv } = await import("./env");
const { SESSION_COOKIE } = await import("./options");
const { getSessionUser } = await import("./session");
const { getViewer } = await import("./viewer");
const { makeUser } = await import("../../tests/db-utils");
const { changePassword } = await import("../users/users");
const { changeAccount } = await import("../users/account-changes");
const { revokeSession } = await import("./revoke");

const db = getDb();

async function signInAs(user: { id: number; email: string }, claims: { role?: string; sv?: number; sid?: string } = {}) {
  const sid = claims.sid ?? randomUUID();
  const token = await encode({
    secret: authEnv().secret,
    token: { sub: String(user.id), email: user.email, role: claims.role ?? "officer", sv: claims.sv ?? 0, sid },
  });
  jar.set(SESSION_COOKIE, token);
  return sid;
}

beforeEach(() => jar.clear());
afterAll(async () => {
  await db.$disconnect();
});

describe("getViewer (the contacts gate) from the next-auth session", () => {
  it("is anonymous without a session cookie, and with a forged one", async () => {
    expect(await getViewer()).toBeNull();
    jar.set(SESSION_COOKIE, "not-a-token");
    expect(await getViewer()).toBeNull();
  });

  it("is anonymous with a token another secret wrote, or one past its lifetime", async () => {
    const user = await makeUser(db, "officer", "expiry");
    const token = { sub: String(user.id), email: user.email, role: "officer", sv: 0, sid: randomUUID() };
    jar.set(SESSION_COOKIE, await encode({ secret: "another-deployment-secret-another-deployment", token }));
    expect(await getViewer()).toBeNull();
    // Expired a minute ago (beyond the 15 s of clock tolerance).
    jar.set(SESSION_COOKIE, await encode({ secret: authEnv().secret, token, maxAge: -60 }));
    expect(await getViewer()).toBeNull();
    // The same claims, within their lifetime: signed in.
    jar.set(SESSION_COOKIE, await encode({ secret: authEnv().secret, token }));
    expect(await getViewer()).toEqual({ userId: user.id, email: user.email, role: "officer" });
  });

  it("returns the signed-in user with the role stored in the database, not the one in the token", async () => {
    const user = await makeUser(db, "officer", "viewer");
    await signInAs(user, { role: "admin" });
    expect(await getViewer()).toEqual({ userId: user.id, email: user.email, role: "officer" });
  });

  it("ends the session at once when the account is deactivated or its role changes", async () => {
    const admin = await makeUser(db, "admin", "session-admin");
    const user = await makeUser(db, "analyst", "revoked");
    await signInAs(user);
    expect(await getViewer()).not.toBeNull();
    await changeAccount(db, admin.id, user.id, 1, { kind: "role", role: "officer" });
    expect(await getViewer()).toBeNull();

    const other = await makeUser(db, "officer", "deactivated");
    await signInAs(other);
    await changeAccount(db, admin.id, other.id, 1, { kind: "active", active: false });
    expect(await getSessionUser()).toBeNull();
  });

  it("keeps a one-time password holder away from contacts until they choose their own", async () => {
    const admin = await makeUser(db, "admin", "reset-admin");
    const user = await makeUser(db, "officer", "onetime");
    const reset = await changeAccount(db, admin.id, user.id, 1, { kind: "resetPassword" });
    const oneTime = reset.kind === "saved" ? reset.password! : "";
    await signInAs(user, { sv: 1 });
    expect(await getSessionUser()).toMatchObject({ id: user.id, mustChangePassword: true });
    expect(await getViewer()).toBeNull();

    const changed = await changePassword(user.id, oneTime, "a brand new passphrase", db);
    expect(changed).toEqual({ ok: true, sessionVersion: 2 });
    // The old token is now stale; the re-issued one works.
    expect(await getSessionUser()).toBeNull();
    await signInAs(user, { sv: 2 });
    expect(await getViewer()).toEqual({ userId: user.id, email: user.email, role: "officer" });
  });
});

describe("ending sessions on the server (issue 9)", () => {
  it("refuses a signed-out session's token, while the user's other sessions go on", async () => {
    const user = await makeUser(db, "officer", "signout");
    const laptop = await signInAs(user);
    const laptopToken = jar.get(SESSION_COOKIE)!;
    await signInAs(user);
    const phoneToken = jar.get(SESSION_COOKIE)!;

    jar.set(SESSION_COOKIE, laptopToken);
    expect(await getSessionUser()).toMatchObject({ id: user.id, sessionId: laptop });
    await revokeSession(db, laptop, new Date(Date.now() + 3_600_000));
    // The very same token, replayed after signing out: anonymous.
    expect(await getSessionUser()).toBeNull();
    expect(await getViewer()).toBeNull();
    jar.set(SESSION_COOKIE, phoneToken);
    expect(await getViewer()).toEqual({ userId: user.id, email: user.email, role: "officer" });
  });

  it("ends every session of a user when an admin signs them out everywhere", async () => {
    const admin = await makeUser(db, "admin", "everywhere-admin");
    const user = await makeUser(db, "analyst", "everywhere");
    await signInAs(user);
    const first = jar.get(SESSION_COOKIE)!;
    await signInAs(user);
    expect(await changeAccount(db, admin.id, user.id, 1, { kind: "signOutEverywhere" })).toMatchObject({ kind: "saved" });
    expect(await getSessionUser()).toBeNull();
    jar.set(SESSION_COOKIE, first);
    expect(await getSessionUser()).toBeNull();
  });

  it("refuses a token without a session id (it could never be signed out)", async () => {
    const user = await makeUser(db, "officer", "nosid");
    jar.set(SESSION_COOKIE, await encode({ secret: authEnv().secret, token: { sub: String(user.id), email: user.email, role: "officer", sv: 0 } }));
    expect(await getSessionUser()).toBeNull();
  });
});
