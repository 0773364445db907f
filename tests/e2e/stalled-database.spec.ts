import net from "node:net";
import { expect, test } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { BIN, startNode } from "../../lib/runtime/children";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { startStallProxy, type StallProxy } from "../setup/stall-proxy";
import { createTestDatabase, type TestDatabase } from "../setup/test-database";

/**
 * Issue 9: with the database frozen (not down), the production build answers
 * every page and API call with a clear error within 5 s and /api/health with a
 * 503 within 2 s; once the database answers again, the app serves by itself.
 * A second `next start` of the same build runs on its own migrated database,
 * reached through a relay that freezes like a server stopped with SIGSTOP.
 */
let database: TestDatabase;
let proxy: StallProxy;
let server: ChildProcess;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the second server did not become healthy");
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await createTestDatabase("stall");
  await migrateDeploy(database.url);
  proxy = await startStallProxy(database.url);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = startNode([BIN.serve, "--port", String(port), "--hostname", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: proxy.url,
    PORT: String(port),
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: "stalled-database-e2e-secret-0123456789abcdef",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await waitForHealth(Date.now() + 120_000);
});

test.afterAll(async () => {
  proxy?.thaw();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await proxy?.close();
  await database?.drop();
});

test("a frozen database gives clear errors in time, and the app recovers by itself", async ({ page, request }) => {
  // Before: the pages work (the database is empty: no partner yet).
  await page.goto(`${base}/donors`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // A search no one made before: not in any cache.
  const stalledSearch = `/partners?q=stall-${Date.now()}`;
  proxy.freeze();
  try {
    let start = Date.now();
    const health = await request.get(`${base}/api/health`);
    expect(health.status()).toBe(503);
    expect(Date.now() - start).toBeLessThan(2_000);
    expect((await health.json()).error.code).toBe("database_unavailable");

    start = Date.now();
    const api = await request.get(`${base}/api/v1/donors`);
    expect(api.status()).toBe(503);
    expect(Date.now() - start).toBeLessThan(5_000);

    for (const path of ["/donors", stalledSearch]) {
      start = Date.now();
      await page.goto(`${base}${path}`, { timeout: 10_000 });
      await expect(page.locator("#main").getByRole("alert").filter({ hasText: "Une erreur est survenue" })).toBeVisible({ timeout: 10_000 });
      expect(Date.now() - start, path).toBeLessThan(5_000);
    }
  } finally {
    proxy.thaw();
  }

  // Nothing restarted: the same server answers again on its own.
  const start = Date.now();
  await waitForHealth(Date.now() + 5_000);
  expect(Date.now() - start).toBeLessThan(5_000);
  await page.goto(`${base}/donors`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#main").getByRole("alert")).toHaveCount(0);
  // The error page of the stalled search was sent with a 200 (streamed) but not kept (lib/cache/page-cache.mjs).
  await page.goto(`${base}${stalledSearch}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#main").getByRole("alert")).toHaveCount(0);
});
