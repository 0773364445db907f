import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { startStallProxy } from "../../tests/setup/stall-proxy";

/**
 * Issue 9, "a database that stops answering hangs everything", on the real
 * PostgreSQL test server: the app talks to it through a relay that can be
 * frozen like a server stopped with SIGSTOP (tests/setup/stall-proxy.ts).
 * lib/db/stalled-embedded.integration.test.ts does the same with a PGlite
 * process really stopped. Only the request context is replaced (no Next.js
 * server here): an anonymous visitor, no cookie.
 */
vi.mock("next/headers", () => ({
  cookies: async () => ({ has: () => false, get: () => undefined, getAll: () => [] }),
  headers: async () => new Headers(),
}));

const directUrl = inject("databaseUrl");
const proxy = await startStallProxy(directUrl);
process.env.DATABASE_URL = proxy.url;
// One connection: a connection lost to a failure would stop the next request outright.
process.env.DATABASE_POOL_SIZE = "1";

const { GET: health } = await import("../../app/api/health/route");
// A route that reads the database itself on every request: a donor fiche (the donors' list
// takes its counts from Next's data cache, which this harness, without a Next server, has not).
const { GET: donorRoute } = await import("../../app/api/v1/donors/[slug]/route");
const donor = (req: Request) => donorRoute(req, { params: Promise.resolve({ slug: "afd" }) });
const { apiRoute } = await import("../api/route");
const { createDb, getDb } = await import("./client");
const { DatabaseUnavailableError, isDatabaseUnavailable } = await import("./errors");
const { dbTimeouts } = await import("./timeouts");
const { writeTransaction } = await import("./write");

/** Another connection, straight to the server: what really got committed. */
const direct = createDb(directUrl, 2);
const request = (path: string) => new Request(`http://passerelle.test${path}`);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** A row only these tests write: an audit entry (the table whose commit is guarded). */
function auditRow(action: string) {
  return { entityType: "stall-test", entityId: Math.floor(Math.random() * 1e9), version: 1, action, changes: {}, snapshot: {} };
}

beforeAll(async () => {
  // A server that has been serving: open connections, compiled queries. The freeze comes after.
  expect((await health(request("/api/health"))).status).toBe(200);
  expect((await donor(request("/api/v1/donors/afd"))).status).toBe(200);
});

afterAll(async () => {
  proxy.thaw();
  await direct.auditEntry.deleteMany({ where: { entityType: "stall-test" } });
  await getDb().$disconnect();
  await direct.$disconnect();
  await proxy.close();
});

describe("a database that stops answering", () => {
  it("makes /api/health answer 503 within 2 s, and 200 again by itself once it answers", async () => {
    proxy.freeze();
    const { ms, value: response } = await timed(() => health(request("/api/health")));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: "database_unavailable", message: expect.any(String) } });
    expect(ms).toBeLessThan(2_000);

    proxy.thaw();
    const { ms: recovery, value: after } = await timed(() => health(request("/api/health")));
    expect(after.status).toBe(200);
    expect(recovery).toBeLessThan(2_000);
  });

  it("makes the API answer 503 with the one error body within 5 s, then serve again", async () => {
    proxy.freeze();
    const { ms, value: response } = await timed(() => donor(request("/api/v1/donors/afd")));
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("database_unavailable");
    expect(ms).toBeLessThan(5_000);

    proxy.thaw();
    const again = await donor(request("/api/v1/donors/afd"));
    expect(again.status).toBe(200);
    expect((await again.json()).fundedPartners.length).toBeGreaterThan(0);
  });

  it("never commits a write later when the database did not confirm it in time", async () => {
    const row = auditRow(`late-commit-${Date.now()}`);
    const { ms, value: outcome } = await timed(() =>
      writeTransaction(getDb(), async (tx) => {
        await tx.auditEntry.create({ data: row });
        // Everything is written; the COMMIT that follows stays in the frozen server's socket.
        proxy.freeze();
      }).then(
        () => "saved",
        (error: unknown) => error,
      ),
    );
    expect(outcome).toBeInstanceOf(DatabaseUnavailableError);
    // The answer comes once the commit deadline has passed, and within 5 s.
    expect(ms).toBeGreaterThanOrEqual(dbTimeouts().writeMs);
    expect(ms).toBeLessThan(5_000);

    // The server wakes up and reads the COMMIT the app gave up on: it must refuse it.
    proxy.thaw();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await direct.auditEntry.count({ where: { action: row.action } })).toBe(0);

    // The failed transaction gave its connection back: the next write works at once.
    const next = auditRow(`after-failure-${Date.now()}`);
    await writeTransaction(getDb(), (tx) => tx.auditEntry.create({ data: next }));
    expect(await direct.auditEntry.count({ where: { action: next.action } })).toBe(1);
  });

  it("saves a write the database confirms late but within its budget, before answering", async () => {
    const row = auditRow(`slow-commit-${Date.now()}`);
    await writeTransaction(getDb(), async (tx) => {
      await tx.auditEntry.create({ data: row });
      proxy.freeze();
      setTimeout(() => proxy.thaw(), 800);
    });
    expect(await direct.auditEntry.count({ where: { action: row.action } })).toBe(1);
  });

  it("reports a programming error as a 500 with a request id in the log, never as an outage", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      // A real database error that is not about availability: division by zero (SQLSTATE 22012).
      const failing = apiRoute(async () => Response.json(await getDb().$queryRaw`SELECT 1 / 0`));
      const response = await failing(request("/api/v1/anything"));
      expect(response.status).toBe(500);
      const body = await response.json();
      expect(body.error).toMatchObject({ code: "internal_error", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(response.headers.get("x-request-id")).toBe(body.error.requestId);
      expect(errors.mock.calls.some((call) => String(call[0]).includes(body.error.requestId))).toBe(true);
    } finally {
      errors.mockRestore();
    }
  });

  it("recognises the failures a frozen database really produces, and only those", async () => {
    const failures: unknown[] = [];
    proxy.freeze();
    for (const attempt of [() => getDb().$queryRaw`SELECT 1`, () => getDb().user.count()]) {
      failures.push(await attempt().then(() => null, (error: unknown) => error));
    }
    proxy.thaw();
    expect(failures.every((error) => error !== null && isDatabaseUnavailable(error))).toBe(true);
    const programming = await getDb()
      .$queryRaw`SELECT 'x'::int`.then(() => null, (error: unknown) => error);
    expect(programming).not.toBeNull();
    expect(isDatabaseUnavailable(programming)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
  });
});
