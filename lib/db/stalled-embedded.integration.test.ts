import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type EmbeddedChild, spawnEmbeddedDb } from "../runtime/database";
import { migrateDeploy } from "../runtime/migrate";

/**
 * Issue 9 with the embedded database `npm start` uses: a PGlite server process
 * really stopped with SIGSTOP (frozen, not down), then resumed with SIGCONT.
 * The health check answers 503 within 2 s, a write the database did not
 * confirm is never committed once it wakes up, and the app recovers by itself.
 */
vi.mock("next/headers", () => ({
  cookies: async () => ({ has: () => false, get: () => undefined, getAll: () => [] }),
  headers: async () => new Headers(),
}));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "passerelle-stall-"));
let embedded: EmbeddedChild;

const request = (p: string) => new Request(`http://passerelle.test${p}`);
const stop = () => process.kill(embedded.child.pid!, "SIGSTOP");
const resume = () => process.kill(embedded.child.pid!, "SIGCONT");

let app: {
  health: (r: Request) => Promise<Response>;
  db: import("./client").Db;
  writeTransaction: typeof import("./write").writeTransaction;
  DatabaseUnavailableError: typeof import("./errors").DatabaseUnavailableError;
};

beforeAll(async () => {
  embedded = await spawnEmbeddedDb({ ...process.env, EMBEDDED_DB_DIR: dataDir, EMBEDDED_DB_PORT: "0" });
  await migrateDeploy(embedded.url);
  process.env.DATABASE_URL = embedded.url;
  const [{ GET }, { getDb }, { writeTransaction }, { DatabaseUnavailableError }] = await Promise.all([
    import("../../app/api/health/route"),
    import("./client"),
    import("./write"),
    import("./errors"),
  ]);
  app = { health: GET, db: getDb(), writeTransaction, DatabaseUnavailableError };
  expect((await app.health(request("/api/health"))).status).toBe(200);
}, 180_000);

afterAll(async () => {
  if (embedded) {
    resume();
    await app?.db.$disconnect();
    await (await import("./client")).getPool().end();
    await embedded.stop();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded database stopped with SIGSTOP", () => {
  it("answers /api/health with 503 within 2 s, and 200 again after SIGCONT", async () => {
    stop();
    const start = performance.now();
    const response = await app.health(request("/api/health"));
    const ms = performance.now() - start;
    resume();
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("database_unavailable");
    expect(ms).toBeLessThan(2_000);

    const after = await app.health(request("/api/health"));
    expect(after.status).toBe(200);
  });

  it("never commits a write it could not confirm, once the process resumes", async () => {
    const action = `sigstop-${Date.now()}`;
    const outcome = await app
      .writeTransaction(app.db, async (tx) => {
        await tx.auditEntry.create({ data: { entityType: "stall-test", entityId: 1, version: 1, action, changes: {}, snapshot: {} } });
        stop(); // the COMMIT is sent to a process that does not read it
      })
      .then(
        () => "saved",
        (error: unknown) => error,
      );
    expect(outcome).toBeInstanceOf(app.DatabaseUnavailableError);
    resume();
    // The server now reads the COMMIT and the closed connection; then ask it what it kept.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await app.db.auditEntry.count({ where: { action } })).toBe(0);
  });
});
