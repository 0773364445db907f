import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ has: () => true, get: () => ({ value: "token" }), getAll: () => [], set: vi.fn(), delete: vi.fn() }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: async () => session.current }));

process.env.DATABASE_URL ??= inject("databaseUrl");

const { getDb } = await import("../../db/client");
const { makeUser, makeUsersByRole } = await import("../fixtures");
const { verifyCredentials } = await import("../../auth/credentials");
const core = await import("./user-admin-core");
const actions = await import("./users");

const db = getDb();
let users: Awaited<ReturnType<typeof makeUsersByRole>>;

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
  it("refuses every action to anonymous visitors, officers and analysts, directly and through the server actions", async () => {
    const target = await makeUser(db, "officer", "target");
    const before = await snapshotUsers();
    const inputs = {
      create: { email: `new-${Date.now()}@example.org`, role: "admin" },
      role: { userId: target.id, role: "admin" },
      active: { userId: target.id, active: "false" },
      reset: { userId: target.id },
    };
    for (const user of [null, users.officer, users.analyst]) {
      const direct = [
        await core.createUserCore(user, inputs.create),
        await core.setRoleCore(user, inputs.role),
        await core.setActiveCore(user, inputs.active),
        await core.resetPasswordCore(user, inputs.reset),
      ];
      for (const result of direct) {
        expect(result.ok).toBe(false);
        expect(result.secret).toBeUndefined();
      }
      session.current = user ? { user: { id: String(user.id), email: user.email, role: "admin", sv: 0 } } : null;
      const form = (o: Record<string, unknown>) => {
        const fd = new FormData();
        for (const [k, v] of Object.entries(o)) fd.append(k, String(v));
        return fd;
      };
      for (const [action, input] of [
        [actions.createUserAction, inputs.create],
        [actions.setRoleAction, inputs.role],
        [actions.setActiveAction, inputs.active],
        [actions.resetPasswordAction, inputs.reset],
      ] as const) {
        expect((await action({}, form(input))).ok).toBe(false);
      }
    }
    expect(await snapshotUsers()).toEqual(before);
  });
});

describe("an admin manages accounts", () => {
  it("creates an account with a one-time password that works once and must be changed", async () => {
    const email = `created-${Date.now()}@example.org`;
    const result = await core.createUserCore(users.admin, { email: ` ${email.toUpperCase()} `, name: "Awa", role: "analyst" });
    expect(result).toMatchObject({ ok: true, message: "admin.users.created", values: { email } });
    const signIn = await verifyCredentials(db, { email, password: result.secret!, ip: "203.0.113.7" });
    expect(signIn).toMatchObject({ ok: true, user: { role: "analyst", mustChangePassword: true } });
    expect(await db.auditEntry.count({ where: { entityType: "user", action: "create", userId: users.admin.id } })).toBeGreaterThan(0);
  });

  it("refuses a duplicate e-mail with a field error", async () => {
    const result = await core.createUserCore(users.admin, { email: users.officer.email, role: "officer" });
    expect(result).toMatchObject({ ok: false, errors: { email: ["emailTaken"] } });
  });

  it("changes roles, deactivates and resets, recording who did it; never on the admin's own account", async () => {
    const target = await makeUser(db, "officer", "managed");
    expect((await core.setRoleCore(users.admin, { userId: target.id, role: "analyst" })).ok).toBe(true);
    expect((await core.setActiveCore(users.admin, { userId: target.id, active: "false" })).ok).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ role: "analyst", active: false, sessionVersion: 2 });
    const reset = await core.resetPasswordCore(users.admin, { userId: target.id });
    expect(reset.secret).toMatch(/^[\w-]{19}$/);
    const audit = await db.auditEntry.findMany({ where: { entityType: "user", entityId: target.id }, orderBy: { version: "asc" } });
    expect(audit.map((a) => [a.action, a.userId])).toEqual([
      ["role", users.admin.id],
      ["deactivate", users.admin.id],
      ["resetPassword", users.admin.id],
    ]);

    for (const result of [
      await core.setRoleCore(users.admin, { userId: users.admin.id, role: "officer" }),
      await core.setActiveCore(users.admin, { userId: users.admin.id, active: "false" }),
      await core.resetPasswordCore(users.admin, { userId: users.admin.id }),
    ]) {
      expect(result).toMatchObject({ ok: false, message: "admin.errors.cannotChangeSelf" });
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: users.admin.id } })).toMatchObject({ role: "admin", active: true });
  });
});
