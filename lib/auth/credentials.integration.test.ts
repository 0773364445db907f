import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL ??= inject("databaseUrl");

const { getDb } = await import("../db/client");
const { verifyCredentials } = await import("./credentials");
const { ACCOUNT_ADDRESS_POLICY: PAIR, IP_POLICY, lockDuration, recordFailure } = await import("../security/rate-limit");
const { TEST_PASSWORD, makeUser } = await import("../../tests/db-utils");
const { changeAccount } = await import("../users/account-changes");

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
    const admin = await makeUser(db, "admin", "deactivator");
    expect(await changeAccount(db, admin.id, inactive.id, 1, { kind: "active", active: false })).toMatchObject({ kind: "saved" });
    const answers = [
      await verifyCredentials(db, { email, password: "wrong password!", ip }),
      await verifyCredentials(db, { email: `nobody-${Date.now()}@example.org`, password: "wrong password!", ip }),
      await verifyCredentials(db, { email: inactive.email, password: TEST_PASSWORD, ip }),
    ];
    expect(answers).toEqual([{ ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }]);
  });
});

describe("the sign-in rate limit (counters in PostgreSQL)", () => {
  it("locks one account at one address after repeated failures, refusing even the right password there, with growing locks", async () => {
    const { email } = await makeUser(db, "analyst", "locked");
    const ip = freshIp();
    const t0 = new Date();
    const results = [];
    for (let i = 0; i < PAIR.maxFailures; i++) results.push(await verifyCredentials(db, { email, password: `guess-${i}-xxxx`, ip }, t0));
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked", until: new Date(t0.getTime() + PAIR.lockMs) });
    // The right password from that address: still refused during the lock.
    expect(await verifyCredentials(db, { email, password: TEST_PASSWORD, ip }, new Date(t0.getTime() + 10_000))).toMatchObject({ ok: false, reason: "locked" });
    // After the lock, one more wrong guess locks twice as long.
    const t1 = new Date(t0.getTime() + PAIR.lockMs + 1_000);
    expect(await verifyCredentials(db, { email, password: "still-guessing", ip }, t1)).toMatchObject({ ok: false, reason: "locked", until: new Date(t1.getTime() + 2 * PAIR.lockMs) });
    expect(lockDuration(PAIR, PAIR.maxFailures + 20)).toBe(PAIR.maxLockMs);
    // And once that lock is over, the owner's right password works and clears the count.
    const t2 = new Date(t1.getTime() + 2 * PAIR.lockMs + 1_000);
    expect((await verifyCredentials(db, { email, password: TEST_PASSWORD, ip }, t2)).ok).toBe(true);
  });

  it("never keeps the owner out: failures from other addresses, however many, do not lock the owner's", async () => {
    const owner = await makeUser(db, "admin", "owner");
    const now = new Date();
    // An attacker rotating through many addresses (the old per-account lock fell after 5).
    for (let a = 0; a < 4; a++) {
      const ip = freshIp();
      for (let i = 0; i < PAIR.maxFailures + 1; i++) await verifyCredentials(db, { email: owner.email, password: `guess-${a}-${i}-x`, ip }, now);
    }
    const result = await verifyCredentials(db, { email: owner.email, password: TEST_PASSWORD, ip: freshIp() }, new Date(now.getTime() + 1_000));
    expect(result).toMatchObject({ ok: true, user: { email: owner.email, role: "admin" } });
  });

  it("locks an unknown e-mail the same way, so a lock reveals nothing about which accounts exist", async () => {
    const email = `ghost-${Date.now()}@example.org`;
    const ip = freshIp();
    let last;
    for (let i = 0; i < PAIR.maxFailures; i++) last = await verifyCredentials(db, { email, password: "x".repeat(12), ip });
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

  it("counts failures in a window: old failures are forgotten, and a success clears the count", async () => {
    const { email } = await makeUser(db, "officer", "window");
    const ip = freshIp();
    const t0 = new Date();
    for (let i = 0; i < PAIR.maxFailures - 1; i++) await verifyCredentials(db, { email, password: "nope-nope-nope", ip }, t0);
    // After the window, one more failure starts a new count instead of locking.
    const later = new Date(t0.getTime() + PAIR.windowMs + minutes(1));
    expect(await verifyCredentials(db, { email, password: "nope-nope-nope", ip }, later)).toEqual({ ok: false, reason: "invalid" });
    expect((await verifyCredentials(db, { email, password: TEST_PASSWORD, ip }, later)).ok).toBe(true);
    const rows = await db.loginThrottle.findMany({ where: { key: { startsWith: `account-address:${email} ` } } });
    expect(rows).toEqual([]);
  });

  it("counts concurrent failures exactly (several app instances share the row)", async () => {
    const key = `account-address:concurrent-${Date.now()}@example.org 198.51.100.1`;
    const now = new Date();
    await Promise.all(Array.from({ length: 12 }, () => recordFailure(db, key, PAIR, now)));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(12);
    expect(row.lockedUntil?.getTime()).toBe(now.getTime() + lockDuration(PAIR, 12));
  });
});
