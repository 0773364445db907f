import { readFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { BIN, startNode } from "../../lib/runtime/children";
import { expect, test } from "./fixtures";
import { e2eServerInfoFile, type E2EServerInfo } from "./support/server-info";

/**
 * Issue 8, several instances: two instances of the app on one database, each
 * with its own in-memory cache of anonymous reads (revalidated every 60 s).
 * An admin's edit on instance A reaches the anonymous fiche on instance B
 * within a second, through the database's LISTEN/NOTIFY (lib/cache/), while B
 * kept serving the old value from its cache before.
 *
 * A is the e2e server; B is a second `node scripts/serve.mjs` of the same
 * build on the next port, on the database the e2e server prepared.
 */
const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = PORT_A + 1;
const B = `http://127.0.0.1:${PORT_B}`;
// A seeded partner with a costs line on its fiche; admin.spec edits another (cfps).
const SLUG = "cfp-missabougou";

let info: E2EServerInfo;
let serverB: ChildProcess;

async function waitForHealth(base: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the second instance (${base}) did not become healthy`);
}

/** The anonymous fiche as B serves it (no cookie: the cached anonymous read). */
const fichOnB = () => fetch(`${B}/partners/${SLUG}`).then((r) => r.text());
/** The anonymous fiche as A, the instance the admin edits on, serves it: its header says whether it came from the page cache. */
const A = `http://127.0.0.1:${PORT_A}`;
const ficheOnA = () => fetch(`${A}/partners/${SLUG}`).then(async (r) => ({ html: await r.text(), cache: r.headers.get("x-passerelle-cache") }));
/** Whether B's anonymous fiche shows `marker` (a yes or no, so that a failure does not print the page). */
const bShows = (marker: string) => () => fichOnB().then((html) => html.includes(marker));

async function onDatabase<T>(task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: info.databaseUrl });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  info = JSON.parse(readFileSync(e2eServerInfoFile(PORT_A), "utf8")) as E2EServerInfo;
  serverB = startNode([BIN.serve, "--port", String(PORT_B), "--hostname", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: info.databaseUrl,
    PORT: String(PORT_B),
    NEXTAUTH_URL: B,
    NEXTAUTH_SECRET: info.secret,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await waitForHealth(B, Date.now() + 90_000);
});

test.afterAll(async () => {
  if (serverB && serverB.exitCode === null) {
    const exited = new Promise((resolve) => serverB.once("exit", resolve));
    serverB.kill("SIGTERM");
    await exited;
  }
});

test.describe("two instances on one database", () => {
  test.use({ signedInAs: "admin" });

  test("an admin's edit on one instance shows on the other's anonymous fiche within a second", async ({ page }) => {
    const original = await onDatabase((c) => c.query<{ costs: string | null }>("SELECT costs FROM organization WHERE slug = $1", [SLUG]));
    expect(original.rowCount).toBe(1);
    const costs = original.rows[0].costs ?? "";
    const stamp = Date.now().toString().slice(-6);
    // Markers without apostrophes: React escapes them in the HTML.
    const behindTheCache = `Coûts changés en base hors application (base-${stamp})`;
    const edited = `Coûts modifiés sur une instance (A-${stamp})`;

    const editOnA = async (value: string, reason: string) => {
      await page.goto(`/admin/partners/${SLUG}/edit`);
      await page.getByLabel("Coûts", { exact: true }).fill(value);
      await page.getByLabel(/Motif de la modification/).fill(reason);
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await expect(page.getByRole("status").filter({ hasText: /Modifications enregistrées/ })).toBeVisible();
    };
    let restored = false;
    try {
      // A keeps the whole anonymous fiche once rendered (lib/cache/page-cache.mjs)...
      await ficheOnA();
      await expect.poll(async () => (await ficheOnA()).cache).toBe("hit");
      // B serves the fiche to anonymous visitors from its cache...
      await fichOnB();
      expect(await bShows(stamp)()).toBe(false);
      // ...as a change made behind the app's back shows: B keeps serving its cached fiche.
      await onDatabase((c) => c.query("UPDATE organization SET costs = $1 WHERE slug = $2", [behindTheCache, SLUG]));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await bShows(`base-${stamp}`)()).toBe(false);

      // The admin edits the fiche on A; within a second, B's anonymous fiche shows it.
      await editOnA(edited, "e2e: deux instances");
      const saved = Date.now();
      await expect.poll(bShows(`A-${stamp}`), { timeout: 1_000, intervals: [50] }).toBe(true);
      expect(Date.now() - saved).toBeLessThan(1_000);
      // ...and A's own anonymous visitors at once: the edit emptied A's page cache.
      expect((await ficheOnA()).html).toContain(`A-${stamp}`);

      await editOnA(costs, "e2e: deux instances, retour");
      restored = true;
      await expect.poll(bShows(`A-${stamp}`), { timeout: 1_000, intervals: [50] }).toBe(false);
    } finally {
      if (!restored) {
        // Put the value back and tell every instance, as any job outside the app can (lib/cache/tag-channel.mjs).
        await onDatabase(async (c) => {
          await c.query("UPDATE organization SET costs = $1 WHERE slug = $2", [original.rows[0].costs, SLUG]);
          await c.query("SELECT pg_notify('passerelle_cache_tags', $1)", [JSON.stringify({ o: "e2e", t: ["partners"] })]);
        });
      }
    }
  });
});
