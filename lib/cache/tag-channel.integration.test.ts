import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { startStallProxy } from "../../tests/setup/stall-proxy";
import { CHANNEL, TagChannel } from "./tag-channel.mjs";

/**
 * Issue 8, several instances: invalidations reach every process listening on
 * the same database, survive the listening connection being cut, and never
 * hold the sender when the database does not answer.
 */
const quiet = { warn: () => undefined, info: () => undefined };
const open: TagChannel[] = [];

function channel(url: string, options: Partial<ConstructorParameters<typeof TagChannel>[0]> = {}) {
  const received: string[][] = [];
  let gaps = 0;
  const c = new TagChannel({ url, onTags: (tags) => received.push(tags), onGap: () => (gaps += 1), log: quiet, maxBackoffMs: 200, ...options });
  open.push(c);
  c.start();
  return { c, received, gaps: () => gaps };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.stop()));
});

describe("TagChannel", () => {
  it("delivers one process's invalidations to the others within a second, not back to itself", async () => {
    const url = inject("databaseUrl");
    const a = channel(url);
    const b = channel(url);
    expect(await a.c.ready()).toBe(true);
    expect(await b.c.ready()).toBe(true);
    expect(a.gaps()).toBe(1); // what was cached before listening is dropped

    const start = Date.now();
    await a.c.publish(["partners"]);
    await expect.poll(() => b.received, { timeout: 1_000, interval: 10 }).toEqual([["partners"]]);
    expect(Date.now() - start).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.received).toEqual([]);
  });

  it("reconnects after its connection is cut, drops what it cached meanwhile, and sends what it could not", async () => {
    const url = inject("databaseUrl");
    const a = channel(url);
    const b = channel(url);
    expect(await a.c.ready()).toBe(true);
    expect(await b.c.ready()).toBe(true);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const terminate = () =>
        admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'passerelle-cache-tags' AND datname = current_database()");
      await terminate();
      // Each listened again, and dropped its cache on doing so.
      await expect.poll(() => [a.gaps(), b.gaps()], { timeout: 5_000 }).toEqual([2, 2]);
      expect(a.c.listening && b.c.listening).toBe(true);

      // Sent while a's connection is gone: kept, sent once it is back (b listened all along).
      await admin.query("SELECT pg_terminate_backend($1)", [a.c.client?.processID]);
      const sending = Date.now();
      await a.c.publish(["donors"]);
      expect(Date.now() - sending).toBeLessThan(600);
      await expect.poll(() => b.received.flat(), { timeout: 5_000 }).toContain("donors");

      // Anyone's NOTIFY on the channel reaches it (e.g. a job outside the app).
      await admin.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ o: "elsewhere", t: ["regions"] })]);
      await expect.poll(() => b.received.flat(), { timeout: 1_000 }).toContain("regions");
    } finally {
      await admin.end();
    }
  });

  it("never holds the sender longer than its timeout when the database stops answering", async () => {
    const proxy = await startStallProxy(inject("databaseUrl"));
    try {
      const a = channel(proxy.url, { notifyTimeoutMs: 300, connectTimeoutMs: 500 });
      expect(await a.c.ready()).toBe(true);
      proxy.freeze();
      const start = Date.now();
      await a.c.publish(["partners"]);
      expect(Date.now() - start).toBeLessThan(500);
      expect(a.c.listening).toBe(false);
      proxy.thaw();
      await expect.poll(() => a.c.listening, { timeout: 5_000 }).toBe(true);
    } finally {
      proxy.thaw();
      await Promise.all(open.splice(0).map((c) => c.stop()));
      await proxy.close();
    }
  });
});
