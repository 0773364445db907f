import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

// Only the Next.js request is stood in for (a real session cookie per call); the
// session lookup, the guard, the transaction and the audit are the app's own.
vi.mock("next/headers", () => import("../../../tests/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));

process.env.DATABASE_URL ??= inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { asUser, post, toFormData } = await import("../../../tests/request-context");
const { getDb } = await import("../../db/client");
const { makeUser, makeUsersByRole } = await import("../../../tests/db-utils");
const { verifyCredentials } = await import("../../auth/credentials");
const actions = await import("./users");

const db = getDb();
let users: Awaited<ReturnType<typeof makeUsersByRole>>;

const versionOf = async (id: number) => (await db.user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function snapshotUsers() {
  return { users: await db.user.findMany({ orderBy: { id: "asc" } }), audits: await db.auditEntry.count({ where: { entityType: "user" } }) };
}

beforeAll(async () => {
  users = await makeUsersByRole(db);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("account management is for admins only", () => {
  it("refuses every action to anonymous visitors, officers and analysts, and to a session claiming a role it lacks", async () => {
    const target = await makeUser(db, "officer", "target");
    const before = await snapshotUsers();
    const attempts = [
      [actions.createUserAction, { email: `new-${Date.now()}@example.org`, role: "admin" }],
      [actions.setRoleAction, { userId: target.id, version: 1, role: "admin" }],
      [actions.setActiveAction, { userId: target.id, version: 1, active: "false" }],
      [actions.resetPasswordAction, { userId: target.id, version: 1 }],
      [actions.signOutEverywhereAction, { userId: target.id, version: 1 }],
    ] as const;
    for (const who of [null, users.officer, users.analyst]) {
      for (const [action, input] of attempts) {
        const result = await post(who, action, input);
        expect(result.ok).toBe(false);
        expect(result.message).toBe(who ? "auth.errors.forbidden" : "auth.errors.signInRequired");
        expect(result.secret).toBeUndefined();
      }
    }
    // A token claiming "admin" for an officer: the role is read from the database.
    const forged = await asUser(users.officer, () => actions.setRoleAction({}, toFormData({ userId: target.id, version: 1, role: "admin" })), { role: "admin" });
    expect(forged.message).toBe("auth.errors.forbidden");
    expect(await snapshotUsers()).toEqual(before);
  });
});

describe("an admin manages accounts through the real server actions", () => {
  it("creates an account with a one-time password that works once and must be changed, audited as version 1", async () => {
    const email = `created-${Date.now()}@example.org`;
    const result = await post(users.admin, actions.createUserAction, { email: ` ${email.toUpperCase()} `, name: "Awa", role: "analyst" });
    expect(result).toMatchObject({ ok: true, message: "admin.users.created", values: { email } });
    const signIn = await verifyCredentials(db, { email, password: result.secret!, ip: "203.0.113.7" });
    expect(signIn).toMatchObject({ ok: true, user: { role: "analyst", mustChangePassword: true } });
    const created = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.auditEntry.findMany({ where: { entityType: "user", entityId: created.id }, select: { action: true, version: true, userId: true } })).toEqual([
      { action: "create", version: 1, userId: users.admin.id },
    ]);
  });

  it("refuses a duplicate e-mail with a field error, writing nothing", async () => {
    const before = await snapshotUsers();
    const result = await post(users.admin, actions.createUserAction, { email: users.officer.email, role: "officer" });
    expect(result).toMatchObject({ ok: false, errors: { email: ["emailTaken"] } });
    expect(await snapshotUsers()).toEqual(before);
  });

  it("changes a role, deactivates, resets and signs out everywhere: each a new version with its audit entry", async () => {
    const target = await makeUser(db, "officer", "managed");
    expect(await post(users.admin, actions.setRoleAction, { userId: target.id, version: 1, role: "analyst" })).toMatchObject({ ok: true, message: "admin.users.roleChanged" });
    expect(await post(users.admin, actions.setActiveAction, { userId: target.id, version: 2, active: "false" })).toMatchObject({ ok: true, message: "admin.users.deactivated" });
    const reset = await post(users.admin, actions.resetPasswordAction, { userId: target.id, version: 3 });
    expect(reset.secret).toMatch(/^[\w-]{19}$/);
    expect(await post(users.admin, actions.signOutEverywhereAction, { userId: target.id, version: 4 })).toMatchObject({ ok: true, message: "admin.users.signedOutEverywhere" });
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ role: "analyst", active: false, version: 5, sessionVersion: 4, mustChangePassword: true });
    const audit = await db.auditEntry.findMany({ where: { entityType: "user", entityId: target.id }, orderBy: { version: "asc" } });
    expect(audit.map((a) => [a.version, a.action, a.userId])).toEqual([
      [2, "role", users.admin.id],
      [3, "deactivate", users.admin.id],
      [4, "resetPassword", users.admin.id],
      [5, "signOutEverywhere", users.admin.id],
    ]);
    expect(audit[0].snapshot).toMatchObject({ role: "analyst", version: 2 });
  });

  it("refuses a form opened before someone else's change, and never touches the admin's own account", async () => {
    const target = await makeUser(db, "officer", "stale");
    expect((await post(users.admin, actions.setRoleAction, { userId: target.id, version: 1, role: "analyst" })).ok).toBe(true);
    const before = await snapshotUsers();
    // A second admin's page still shows version 1.
    expect(await post(users.admin, actions.setActiveAction, { userId: target.id, version: 1, active: "false" })).toMatchObject({ ok: false, message: "admin.errors.userConflict" });
    const self = await versionOf(users.admin.id);
    for (const [action, input] of [
      [actions.setRoleAction, { userId: users.admin.id, version: self, role: "officer" }],
      [actions.setActiveAction, { userId: users.admin.id, version: self, active: "false" }],
      [actions.resetPasswordAction, { userId: users.admin.id, version: self }],
    ] as const) {
      expect(await post(users.admin, action, input)).toMatchObject({ ok: false, message: "admin.errors.cannotChangeSelf" });
    }
    expect(await snapshotUsers()).toEqual(before);
  });
});

describe("the last admin is protected under concurrency", () => {
  it("leaves one admin when two admins demote each other at the same moment", async () => {
    // Only these two are admins for this test: the others are demoted first (and restored after).
    const others = await db.user.findMany({ where: { role: "admin", active: true }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "analyst" } });
    try {
      const a = await makeUser(db, "admin", "duel-a");
      const b = await makeUser(db, "admin", "duel-b");
      const results = await Promise.all([
        post(a, actions.setRoleAction, { userId: b.id, version: 1, role: "officer" }),
        post(b, actions.setRoleAction, { userId: a.id, version: 1, role: "officer" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      // The loser was demoted before their change ran: their (new) session is gone and they are no admin.
      expect(results.find((r) => !r.ok)?.message).toMatch(/auth\.errors\.(forbidden|signInRequired)/);
      const admins = await db.user.findMany({ where: { id: { in: [a.id, b.id] }, role: "admin", active: true } });
      expect(admins).toHaveLength(1);
      // Exactly one audit entry, for the change that happened.
      expect(await db.auditEntry.count({ where: { entityType: "user", entityId: { in: [a.id, b.id] } } })).toBe(1);
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "admin" } });
    }
  });

  it("keeps an admin when three admins deactivate each other in a ring at the same moment", async () => {
    const others = await db.user.findMany({ where: { role: "admin", active: true }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "analyst" } });
    try {
      const a = await makeUser(db, "admin", "trio-a");
      const b = await makeUser(db, "admin", "trio-b");
      const c = await makeUser(db, "admin", "trio-c");
      // a deactivates b while b deactivates c and c deactivates a.
      const results = await Promise.all([
        post(a, actions.setActiveAction, { userId: b.id, version: 1, active: "false" }),
        post(b, actions.setActiveAction, { userId: c.id, version: 1, active: "false" }),
        post(c, actions.setActiveAction, { userId: a.id, version: 1, active: "false" }),
      ]);
      expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
      expect(await db.user.count({ where: { id: { in: [a.id, b.id, c.id] }, role: "admin", active: true } })).toBeGreaterThanOrEqual(1);
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "admin" } });
    }
  });
});
