/**
 * Cache tag invalidations shared by every instance of the app through
 * PostgreSQL LISTEN/NOTIFY on the app's own database (issue 8, "Several
 * instances"; docs/decisions/0011-cache-handler.md).
 *
 * One dedicated connection per process listens on CHANNEL and sends this
 * process's invalidations. If it drops (database restarted, network cut,
 * a frozen server caught by the heartbeat) it reconnects with backoff; until
 * then entries expire by themselves within their revalidate window, and on
 * reconnecting everything cached is dropped, since invalidations may have been
 * missed. Nothing here may crash the process or hold a request for long:
 * sending waits at most `notifyTimeoutMs`, and what could not be sent is sent
 * on reconnecting.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";

export const CHANNEL = "passerelle_cache_tags";

/** A NOTIFY payload must stay under 8000 bytes; longer lists invalidate everything. */
const MAX_PAYLOAD = 7_000;
const EVERYTHING = "*";

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class TagChannel {
  /**
   * @param {{
   *   url: string,
   *   onTags: (tags: string[]) => void,
   *   onGap: () => void,
   *   notifyTimeoutMs?: number,
   *   connectTimeoutMs?: number,
   *   heartbeatMs?: number,
   *   maxBackoffMs?: number,
   *   log?: Pick<Console, "warn" | "info">,
   * }} options
   */
  constructor({ url, onTags, onGap, notifyTimeoutMs = 500, connectTimeoutMs = 2_000, heartbeatMs = 10_000, maxBackoffMs = 10_000, log = console }) {
    this.url = url;
    this.onTags = onTags;
    this.onGap = onGap;
    this.notifyTimeoutMs = notifyTimeoutMs;
    this.connectTimeoutMs = connectTimeoutMs;
    this.heartbeatMs = heartbeatMs;
    this.maxBackoffMs = maxBackoffMs;
    this.log = log;
    /** Our own notifications come back to us: recognised by this id and skipped. */
    this.origin = randomUUID();
    /** @type {pg.Client | null} */
    this.client = null;
    this.listening = false;
    this.attempt = 0;
    this.down = false;
    this.stopped = false;
    /** Tags that could not be sent yet. @type {Set<string>} */
    this.unsent = new Set();
    this.timer = undefined;
    this.heartbeat = undefined;
  }

  /** Connect and listen (in the background). */
  start() {
    if (this.client || this.timer || this.stopped) return;
    void this.connect();
  }

  /** A promise settled once listening (or on the first failure): for tests and start-up logs. */
  async ready(timeoutMs = 5_000) {
    const deadline = Date.now() + timeoutMs;
    while (!this.listening && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return this.listening;
  }

  async connect() {
    this.timer = undefined;
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: this.connectTimeoutMs,
      keepAlive: true,
      application_name: "passerelle-cache-tags",
    });
    this.client = client;
    client.on("error", (error) => this.dropped(client, error));
    client.on("end", () => this.dropped(client));
    client.on("notification", (message) => this.received(message));
    try {
      await client.connect();
      await withTimeout(client.query(`LISTEN ${CHANNEL}`), this.connectTimeoutMs, "LISTEN");
    } catch (error) {
      this.dropped(client, error);
      return;
    }
    if (this.client !== client || this.stopped) return;
    this.listening = true;
    this.attempt = 0;
    if (this.down) this.log.info?.("passerelle: cache invalidations between instances restored");
    this.down = false;
    // Whatever was cached before LISTEN began may have missed an invalidation.
    this.onGap();
    this.heartbeat = setInterval(() => void this.beat(client), this.heartbeatMs);
    this.heartbeat.unref?.();
    if (this.unsent.size > 0) {
      const tags = [...this.unsent];
      this.unsent.clear();
      void this.publish(tags);
    }
  }

  /** A frozen server does not close the socket: ask it something now and then. */
  async beat(client) {
    try {
      await withTimeout(client.query("SELECT 1"), this.connectTimeoutMs, "heartbeat");
    } catch (error) {
      this.dropped(client, error);
    }
  }

  dropped(client, error) {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    clearInterval(this.heartbeat);
    client.removeAllListeners("notification");
    client.removeAllListeners("end");
    // Later errors of this dead client must not become uncaught exceptions.
    client.removeAllListeners("error");
    client.on("error", () => undefined);
    // pg keeps its socket there; end() alone waits on a frozen server.
    client.connection?.stream?.destroy?.();
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    if (!this.down) {
      this.down = true;
      this.log.warn(
        `passerelle: cache invalidations between instances interrupted (${error instanceof Error ? error.message : "connection closed"}); cached pages expire within their revalidate time until it reconnects`,
      );
    }
    const delay = Math.min(this.maxBackoffMs, 250 * 2 ** this.attempt) * (0.5 + Math.random() / 2);
    this.attempt += 1;
    this.timer = setTimeout(() => void this.connect(), delay);
    this.timer.unref?.();
  }

  received(message) {
    if (message.channel !== CHANNEL || !message.payload) return;
    let parsed;
    try {
      parsed = JSON.parse(message.payload);
    } catch {
      return;
    }
    if (!parsed || parsed.o === this.origin || !Array.isArray(parsed.t)) return;
    const tags = parsed.t.filter((tag) => typeof tag === "string");
    if (tags.includes(EVERYTHING)) this.onGap();
    else this.onTags(tags);
  }

  /** Tell every other instance that `tags` changed; never waits longer than notifyTimeoutMs. */
  async publish(tags) {
    if (tags.length === 0 || this.stopped) return;
    let payload = JSON.stringify({ o: this.origin, t: tags });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) payload = JSON.stringify({ o: this.origin, t: [EVERYTHING] });
    const client = this.listening ? this.client : null;
    if (!client) {
      this.keep(tags);
      return;
    }
    const sent = client.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]);
    sent.catch(() => undefined);
    try {
      await withTimeout(sent, this.notifyTimeoutMs, "NOTIFY");
    } catch (error) {
      // Sent again on reconnecting (a duplicate only expires entries once more).
      this.keep(tags);
      this.dropped(client, error);
    }
  }

  keep(tags) {
    for (const tag of tags) this.unsent.add(tag);
    if (this.unsent.size > 1_000) {
      this.unsent.clear();
      this.unsent.add(EVERYTHING);
    }
  }

  /** Stop listening for good (tests, shutdown). */
  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    this.listening = false;
    if (client) await withTimeout(client.end(), 1_000, "close").catch(() => undefined);
  }
}
