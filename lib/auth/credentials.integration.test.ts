import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL ??= inject("databaseUrl");

const { getDb } = await import("../db/client");
const { verifyCredentials } = await import("./credentials");
const { ACCOUNT_POLICY, IP_POLICY, recordFailure } = await import("../security/rate-limit");
const { TEST_PASSWORD, makeUser } = await import("../users/fixtures");
const { setActive } = await import("../users/users");

const db = getDb();
let ipCounter = 0;
/** A fresh address per test, so the per-address counter of one test does not leak into another. */
const freshIp = () => `198.51.100.${++ipCounter}-${Date.now()}`;
const minutes = (n: number) => n * 60_000;

afterAll(async () => {
  await db.$disconnect();
});

describe("sign-in with e-mail and password", () => {
  let email: string;
  beforeAll(async () => {
    email = (await makeUser(db, "officer", "signin")).email;
  });

  it("accepts the right password, whatever the e-mail's case, and records the sign-in", async () => {
    const result = await verifyCredentials(db, { email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD, ip: freshIp() });
    expect(result).toMatchObject({ ok: true, user: { email, role: "officer" } });
    const row = await db.user.findUniqueOrThrow({ where: { email } });
    expect(row.lastLoginAt).not.toBeNull();
  });

  it("gives the same answer for a wrong password, an unknown e-mail and a deactivated account", async () => {
    const ip = freshIp();
    const inactive = await makeUser(db, "officer", "inactive");
    await setActive(inactive.id, false, db);
    const answers = [
      await verifyCredentials(db, { email, password: "wrong password!", ip }),
      await verifyCredentials(db, { email: `nobody-${Date.now()}@example.org`, password: "wrong password!", ip }),
      await verifyCredentials(db, { email: inactive.email, password: TEST_PASSWORD, ip }),
    ];
    expect(answers).toEqual([{ ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }]);
  });
});

describe("the sign-in rate limit (counters in PostgreSQL)", () => {
  it("locks an account after repeated failures, refusing even the right password, then lets it in after the lock", async () => {
    const { email } = await makeUser(db, "analyst", "locked");
    const start = new Date();
    const results = [];
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) {
      results.push(await verifyCredentials(db, { email, password: `guess-${i}-xxxx`, ip: freshIp() }, start));
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked" });

    // From another address, with the right password: still locked (per account).
    const during = await verifyCredentials(db, { email, password: TEST_PASSWORD, ip: freshIp() }, new Date(start.getTime() + minutes(1)));
    expect(during).toMatchObject({ ok: false, reason: "locked" });

    const after = await verifyCredentials(db, { email, password: TEST_PASSWORD, ip: freshIp() }, new Date(start.getTime() + ACCOUNT_POLICY.lockMs + minutes(1)));
    expect(after.ok).toBe(true);
  });

  it("locks an unknown e-mail the same way, so a lock reveals nothing about which accounts exist", async () => {
    const email = `ghost-${Date.now()}@example.org`;
    let last;
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) last = await verifyCredentials(db, { email, password: "x".repeat(12), ip: freshIp() });
    expect(last).toMatchObject({ ok: false, reason: "locked" });
  });

  it("locks an address trying many accounts", async () => {
    const ip = freshIp();
    const victim = await makeUser(db, "officer", "victim");
    for (let i = 0; i < IP_POLICY.maxFailures; i++) {
      await verifyCredentials(db, { email: `spray-${i}-${Date.now()}@example.org`, password: "Password123", ip });
    }
    // A real account with its right password, from that address: refused while the address is locked.
    expect(await verifyCredentials(db, { email: victim.email, password: TEST_PASSWORD, ip })).toMatchObject({ ok: false, reason: "locked" });
    // The same account from elsewhere is fine.
    expect((await verifyCredentials(db, { email: victim.email, password: TEST_PASSWORD, ip: freshIp() })).ok).toBe(true);
  });

  it("counts failures in a window: old failures are forgotten, and a success clears the account's count", async () => {
    const { email } = await makeUser(db, "officer", "window");
    const t0 = new Date();
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures - 1; i++) await verifyCredentials(db, { email, password: "nope-nope-nope", ip: freshIp() }, t0);
    // After the window, one more failure starts a new count instead of locking.
    const later = new Date(t0.getTime() + ACCOUNT_POLICY.windowMs + minutes(1));
    expect(await verifyCredentials(db, { email, password: "nope-nope-nope", ip: freshIp() }, later)).toEqual({ ok: false, reason: "invalid" });
    expect((await verifyCredentials(db, { email, password: TEST_PASSWORD, ip: freshIp() }, later)).ok).toBe(true);
    const rows = await db.loginThrottle.findMany({ where: { key: `account:${email}` } });
    expect(rows).toEqual([]);
  });

  it("counts concurrent failures exactly (one atomic statement: several app instances share the row)", async () => {
    const key = `account:concurrent-${Date.now()}@example.org`;
    const now = new Date();
    await Promise.all(Array.from({ length: 12 }, () => recordFailure(db, key, ACCOUNT_POLICY, now)));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(12);
    expect(row.lockedUntil?.getTime()).toBe(now.getTime() + ACCOUNT_POLICY.lockMs);
  });
});
