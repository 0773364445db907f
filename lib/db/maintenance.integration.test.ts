import { afterAll, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../../tests/db-utils";
import { runLongStatement } from "./maintenance";
import { createPool } from "./pool";

// The app's pool with a statement timeout of 150 ms (pg's own wait ends 0.5 s later, as in the app).
const statementMs = 150;
const pool = createPool(testDatabaseUrl(), 1, {
  connectMs: 2_000,
  statementMs,
  queryMs: statementMs + 500,
  idleInTransactionMs: 10_000,
  writeMs: 10_000,
  degradedMs: 1_000,
});
afterAll(() => pool.end());

const statementTimeout = async () => (await pool.query<{ statement_timeout: string }>("SHOW statement_timeout")).rows[0].statement_timeout;

describe("runLongStatement", () => {
  it("runs a statement past the app's timeouts, and leaves the connection with the app's settings", async () => {
    await expect(pool.query("SELECT pg_sleep(1)")).rejects.toThrow();
    const started = Date.now();
    await runLongStatement(pool, "SELECT pg_sleep(1)", 5_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(await statementTimeout()).toBe(`${statementMs}ms`);
  });

  it("still ends: the server cancels it past its own timeout, and the pool goes on", async () => {
    const started = Date.now();
    await expect(runLongStatement(pool, "SELECT pg_sleep(5)", 400)).rejects.toMatchObject({ code: "57014" });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await statementTimeout()).toBe(`${statementMs}ms`);
  });
});
