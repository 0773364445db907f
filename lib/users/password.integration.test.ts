import { afterAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL ??= inject("databaseUrl");

const { getDb } = await import("../db/client");
const { PASSWORD_CHANGE_POLICY } = await import("../security/rate-limit");
const { TEST_PASSWORD, makeUser } = await import("../../tests/db-utils");
const { changePassword } = await import("./users");

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

describe("changing one's password is throttled (issue 9)", () => {
  it("locks the form after repeated wrong current passwords, refusing even the right one, then lets the user in", async () => {
    const user = await makeUser(db, "officer", "pwchange");
    const t0 = new Date();
    const answers = [];
    for (let i = 0; i < PASSWORD_CHANGE_POLICY.maxFailures; i++) {
      answers.push(await changePassword(user.id, `wrong-guess-${i}`, "a brand new passphrase", db, t0));
    }
    expect(answers.slice(0, -1).every((a) => !a.ok && a.reason === "wrongPassword")).toBe(true);
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: "locked" });
    // A session thief who guessed right now still gets nothing, and the password is unchanged.
    expect(await changePassword(user.id, TEST_PASSWORD, "a brand new passphrase", db, new Date(t0.getTime() + 1_000))).toMatchObject({ ok: false, reason: "locked" });
    const after = new Date(t0.getTime() + PASSWORD_CHANGE_POLICY.lockMs + 1_000);
    expect(await changePassword(user.id, TEST_PASSWORD, "a brand new passphrase", db, after)).toMatchObject({ ok: true });
  });
});
