/**
 * Whole answers of anonymous pages, kept in this process's memory for a
 * minute (issue 8): the list and the fiche as a visitor without a session
 * sees them, and the API's list (JSON) as an anonymous caller gets it. A visitor's page depends only on the URL, the language cookie and
 * the request's Accept, Accept-Language and Accept-Encoding headers (proxy.ts),
 * never on who asks, so a second visitor asking the same gets the same bytes
 * without Next.js rendering them again. docs/decisions/0012-page-cache.md says why
 * and what is kept.
 *
 * What is never kept or served from here: a request carrying any cookie but the
 * language one (a session, even an expired one: signed-in pages hold contacts
 * and are always rendered), a client-side navigation (RSC headers), anything but
 * a GET, an answer other than a 200 HTML page (a 200 JSON one for the API's
 * list: never its CSV or XLSX exports), an answer setting a cookie other
 * than the language one, an answer during whose rendering an error was reported
 * (`instrumentation.ts` onRequestError: a streamed page that failed has already
 * sent its 200), and an answer whose rendering overlapped an invalidation.
 *
 * Freshness: every cache invalidation of the process (updateTag, revalidateTag,
 * revalidatePath here, or another instance's through ./tag-channel.mjs) empties
 * it (./handler.mjs calls `invalidateSharedPages`); otherwise an answer is kept
 * PAGE_CACHE_TTL_SECONDS (60, the data cache's own revalidate time; 0 turns the
 * cache off), in at most PAGE_CACHE_MAX_BYTES (32 MB), least recently used out.
 *
 * Plain JavaScript: scripts/serve.mjs (plain Node) and the cache handler use it.
 */
import { PAGE_CACHE_KEY, REQUEST_ID_HEADER } from "./failed-renders.mjs";
import { MemoryStore } from "./memory-store.mjs";

export { REQUEST_ID_HEADER };

/** The language cookie (lib/i18n/config.ts LOCALE_COOKIE; page-cache.test.ts checks they agree). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** `hit` or `miss` on the answers of pages this cache handles. */
export const CACHE_STATUS_HEADER = "x-passerelle-cache";

/**
 * What may be shared, and as what: the list and a fiche as HTML pages, in
 * French or English (a trailing slash is Next's redirect, never a 200); the
 * API's list as JSON (its exports, CSV and XLSX, are other types: never kept).
 */
const SHARED = [
  { path: /^(?:\/en)?\/partners$/, type: "text/html" },
  { path: /^(?:\/en)?\/partners\/[^/]+$/, type: "text/html" },
  { path: /^\/api\/v1\/partners$/, type: "application/json" },
];

/** The entry of SHARED for a request URL (path and query), or undefined. */
function sharedEntry(url) {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  return SHARED.find((entry) => entry.path.test(path));
}
/**
 * The headers with which proxy.ts hands a rewritten request its language and
 * path (lib/i18n/routing.ts LOCALE_HEADER, PATH_HEADER; page-cache.test.ts checks
 * they agree). Next.js may send an /en/… page's rewrite back through this server
 * as a new request for the plain path carrying them: its answer is English, and
 * must not be kept under the plain (French) path's key. The /en/… request that
 * caused it keeps the same answer under its own key.
 */
export const INTERNAL_HEADERS = ["x-passerelle-locale", "x-passerelle-path"];
/** The second of them: the path and query the visitor sees (scripts/serve.mjs sets it when proxy.ts does not run). */
export const PATH_HEADER = INTERNAL_HEADERS[1];
/** A client-side navigation or a server action: answered with RSC data that depends on the router's state. */
const ROUTER_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "authorization", ...INTERNAL_HEADERS];
/** Headers of the stored answer that belong to one connection, not to the page. */
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);
const TAG = "page";
/** How long a request waits for the same page that another request is rendering, before rendering it itself. */
const WAIT_FOR_RENDERING_MS = 5_000;

/** A non-negative number from the environment; unset, empty or not such a number: `fallback`. */
export function envNumber(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

function header(req, name) {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/** The language cookie's value ("" when absent), or null when a cookie other than the language one is sent. */
function languageCookieValue(cookieHeader) {
  let locale = "";
  for (const part of cookieHeader.split(";")) {
    const pair = part.trim();
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (name !== LOCALE_COOKIE) return null;
    locale = eq < 0 ? "" : pair.slice(eq + 1).trim();
  }
  return locale;
}

/**
 * The key of a request whose answer may be shared, or null. Every input the
 * page's answer depends on for an anonymous visitor is in it.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 */
export function sharedPageKey(req) {
  if (req.method !== "GET") return null;
  const url = req.url ?? "/";
  if (!sharedEntry(url)) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const locale = languageCookieValue(header(req, "cookie"));
  if (locale === null) return null;
  return [url, locale, header(req, "accept"), header(req, "accept-language"), header(req, "accept-encoding")].join("\n");
}

/** Whether an answer's Set-Cookie values set the language cookie only (no cookie at all counts): only such an answer may be kept. */
function setsOnlyLanguageCookie(setCookie) {
  const values = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  return values.every((value) => value.trimStart().startsWith(`${LOCALE_COOKIE}=`));
}

export class PageCache {
  /**
   * @param {{ ttlMs: number, maxBytes: number, maxEntryBytes?: number, settleMs?: number, now?: () => number }} options
   */
  constructor({ ttlMs, maxBytes, maxEntryBytes = 1024 * 1024, settleMs = 3_000, now = Date.now }) {
    this.ttlMs = ttlMs;
    this.maxEntryBytes = maxEntryBytes;
    this.now = now;
    this.store = new MemoryStore({ maxBytes, settleMs, now });
    /** Bumped by every invalidation: an answer rendered across one is not kept. */
    this.generation = 0;
    /** Requests being rendered for this cache whose rendering reported an error. */
    this.failed = new Set();
    this.pending = new Set();
    /** @type {Map<string, Promise<void>>} keys being rendered now, settled when their answer is complete */
    this.rendering = new Map();
    this.sequence = 0;
  }

  get enabled() {
    return this.ttlMs > 0;
  }

  /** A new id for a request (scripts/serve.mjs puts it in REQUEST_ID_HEADER). */
  nextRequestId() {
    this.sequence += 1;
    return `${process.pid}-${this.sequence}`;
  }

  /** Everything kept so far is stale (a cache invalidation, here or on another instance). */
  invalidate() {
    this.generation += 1;
    this.store.expireTags([TAG]);
  }

  /** onRequestError: the rendering of this request failed; its answer is not kept. */
  markFailed(requestId) {
    if (this.pending.has(requestId)) this.failed.add(requestId);
  }

  /** The kept answer under `key`, if it is younger than the TTL. */
  get(key) {
    const entry = this.store.get(key);
    if (!entry) return null;
    if (this.now() - entry.lastModified >= this.ttlMs) {
      this.store.delete(key);
      return null;
    }
    return { ...entry.value, age: Math.floor((this.now() - entry.lastModified) / 1000) };
  }

  /**
   * The kept answer under `key`, waiting at most `ms` for a rendering of the
   * same key already under way (a burst of identical requests after an
   * invalidation renders the page once, not once per request).
   */
  async getOrWait(key, ms) {
    const answer = this.get(key);
    const rendering = this.rendering.get(key);
    if (answer || !rendering) return answer;
    let timer;
    await Promise.race([rendering, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
    return this.get(key);
  }

  /** Answers `res` with a kept answer. */
  send(res, answer) {
    res.writeHead(answer.status, {
      ...answer.headers,
      "content-length": String(answer.body.byteLength),
      age: String(answer.age),
      [CACHE_STATUS_HEADER]: "hit",
    });
    res.end(answer.body);
  }

  /**
   * Lets Next.js answer `res` as usual while copying what it sends; once the
   * answer is complete, keeps it under `key` if it qualifies.
   */
  capture(key, requestId, res) {
    const generation = this.generation;
    this.pending.add(requestId);
    /** The first request rendering a key lets the others wait for it (getOrWait). */
    let release = null;
    if (!this.rendering.has(key)) {
      let resolve;
      this.rendering.set(key, new Promise((r) => (resolve = r)));
      release = () => {
        this.rendering.delete(key);
        resolve();
      };
    }
    /** @type {Buffer[] | null} */
    let chunks = [];
    let bytes = 0;
    const keep = (chunk, encoding) => {
      if (chunks === null || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
      bytes += buffer.byteLength;
      if (bytes > this.maxEntryBytes) chunks = null;
      else chunks.push(buffer);
    };
    const writeHead = res.writeHead;
    const write = res.write;
    const end = res.end;
    /** Headers handed to writeHead directly (Node keeps them out of getHeaders when none were set before). */
    let direct = {};
    res.writeHead = function (status, ...rest) {
      const headers = rest.find((arg) => arg && typeof arg === "object");
      if (headers) direct = Array.isArray(headers) ? pairsToObject(headers) : headers;
      if (!this.headersSent) this.setHeader(CACHE_STATUS_HEADER, "miss");
      return writeHead.call(this, status, ...rest);
    };
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    let settled = false;
    const settle = (finished) => {
      if (settled) return;
      settled = true;
      this.pending.delete(requestId);
      const failed = this.failed.delete(requestId);
      try {
        store(finished, failed);
      } finally {
        release?.();
      }
    };
    const store = (finished, failed) => {
      if (!finished || failed || chunks === null || generation !== this.generation) return;
      const headers = lowerCase({ ...res.getHeaders(), ...direct });
      // The key's first line is the URL: a page must answer HTML, the API JSON.
      const type = sharedEntry(key.slice(0, key.indexOf("\n")))?.type;
      if (res.statusCode !== 200 || !type || !String(headers["content-type"] ?? "").startsWith(type)) return;
      if (!setsOnlyLanguageCookie(headers["set-cookie"])) return;
      for (const name of HOP_HEADERS) delete headers[name];
      delete headers[CACHE_STATUS_HEADER];
      const body = Buffer.concat(chunks);
      this.store.set(key, { kind: "RESPONSE", status: 200, headers, body }, [TAG]);
    };
    // onRequestError is called while the page renders; give it the turn before deciding.
    res.once("finish", () => setImmediate(() => settle(true)));
    res.once("close", () => {
      if (!res.writableFinished) settle(false);
    });
  }
}

function pairsToObject(pairs) {
  const out = {};
  for (let i = 0; i + 1 < pairs.length; i += 2) out[String(pairs[i])] = pairs[i + 1];
  return out;
}

function lowerCase(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name.toLowerCase()] = value;
  return out;
}

/**
 * scripts/serve.mjs's path for every request: gives it its id, answers it from
 * the cache when it can (waiting briefly for the same page being rendered),
 * otherwise lets `render` (Next.js's handler) answer it, keeping the answer if
 * it qualifies.
 * @param {PageCache} pages
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} render
 */
export async function answerFromCacheOrRender(pages, req, res, render) {
  // The request's own id (a client's value is overwritten): instrumentation.ts reports a failed rendering by it.
  const id = pages.nextRequestId();
  req.headers[REQUEST_ID_HEADER] = id;
  const key = pages.enabled ? sharedPageKey(req) : null;
  if (key) {
    const answer = await pages.getOrWait(key, WAIT_FOR_RENDERING_MS);
    if (answer) {
      pages.send(res, answer);
      return;
    }
    pages.capture(key, id, res);
  }
  await render(req, res);
}

/**
 * The path and query the visitor asked for, as proxy.ts passes it on (without
 * Next's `_rsc` marker of a client navigation).
 * @param {string | undefined} url
 */
export function visitorPath(url) {
  const parsed = new URL(url ?? "/", "http://localhost");
  parsed.searchParams.delete("_rsc");
  return parsed.pathname + parsed.search;
}

/**
 * `render`, handing the page the visitor's path in PATH_HEADER when nothing set
 * it: proxy.ts runs only when it has something to do (its matcher), and the
 * language switcher needs the path on every page (lib/i18n/navigation.tsx).
 * Set after the page cache's key is read (a request carrying it is never shared),
 * and never over a value already there: proxy.ts sets its own when it runs.
 * @template {{ url?: string, headers: Record<string, string | string[] | undefined> }} Req
 * @template Res
 * @param {(req: Req, res: Res) => unknown} render
 * @returns {(req: Req, res: Res) => unknown}
 */
export function withVisitorPath(render) {
  return (req, res) => {
    if (req.headers[PATH_HEADER] === undefined) req.headers[PATH_HEADER] = visitorPath(req.url);
    return render(req, res);
  };
}

/** This process's page cache (one per process, shared by every module graph that loads this file). */
export function sharedPageCache(env = process.env) {
  const existing = globalThis[PAGE_CACHE_KEY];
  if (existing) return existing;
  const cache = new PageCache({
    ttlMs: envNumber(env, "PAGE_CACHE_TTL_SECONDS", 60) * 1000,
    maxBytes: envNumber(env, "PAGE_CACHE_MAX_BYTES", 32 * 1024 * 1024),
  });
  globalThis[PAGE_CACHE_KEY] = cache;
  return cache;
}

/** For the cache handler: a tag was invalidated here or on another instance. */
export function invalidateSharedPages() {
  globalThis[PAGE_CACHE_KEY]?.invalidate();
}
