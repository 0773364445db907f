import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { LOCALE_COOKIE as APP_LOCALE_COOKIE } from "@/lib/i18n/config";
import { LOCALE_HEADER, PATH_HEADER } from "@/lib/i18n/routing";
import { INTERNAL_HEADERS, LOCALE_COOKIE, PageCache, REQUEST_ID_HEADER, answerFromCacheOrRender, sharedPageKey, visitorPath, withVisitorPath } from "./page-cache.mjs";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

describe("sharedPageKey: which requests may share an answer", () => {
  it("takes the list and the fiches, in French and English, the API's list, and nothing else", () => {
    for (const url of ["/partners", "/partners?region=kayes&category=ngo", "/partners/cfp-missabougou", "/en/partners", "/en/partners/cfp-missabougou?x=1", "/api/v1/partners?region=kayes"]) {
      expect(sharedPageKey(request(url)), url).not.toBeNull();
    }
    for (const url of ["/", "/donors", "/partners/cfp-missabougou/original", "/partners/x/suggest", "/api/v1/partners/cfp-missabougou", "/api/v1/contacts", "/api/v1/donors", "/en/api/v1/partners", "/admin/partners", "/fr/partners", "/partners/"]) {
      expect(sharedPageKey(request(url)), url).toBeNull();
    }
  });

  it("never takes a signed-in request, a client-side navigation or a post", () => {
    expect(sharedPageKey(request("/partners", { cookie: "authjs.session-token=abc" }))).toBeNull();
    expect(sharedPageKey(request("/partners", { cookie: `${LOCALE_COOKIE}=fr; authjs.session-token=abc` }))).toBeNull();
    expect(sharedPageKey(request("/partners", { cookie: "anything=1" }))).toBeNull();
    expect(sharedPageKey(request("/partners", { rsc: "1" }))).toBeNull();
    expect(sharedPageKey(request("/partners", { "next-action": "abc" }))).toBeNull();
    expect(sharedPageKey(request("/partners", { authorization: "Bearer x" }))).toBeNull();
    expect(sharedPageKey(request("/partners", {}, "POST"))).toBeNull();
    // An /en/… page's rewrite that Next.js sends back through the server: an English answer on the plain path.
    expect(sharedPageKey(request("/partners?region=kayes", { [LOCALE_HEADER]: "en", [PATH_HEADER]: "/partners?region=kayes" }))).toBeNull();
    expect(sharedPageKey(request("/partners", {}, "HEAD"))).toBeNull();
  });

  it("keys by everything the anonymous answer depends on: URL, language cookie, Accept, Accept-Language, Accept-Encoding", () => {
    const base = sharedPageKey(request("/partners?region=kayes"));
    const variants = [
      request("/partners?region=sikasso"),
      request("/partners?region=kayes", { cookie: `${LOCALE_COOKIE}=en` }),
      request("/partners?region=kayes", { accept: "text/html" }),
      request("/partners?region=kayes", { "accept-language": "en-GB" }),
      request("/partners?region=kayes", { "accept-encoding": "gzip" }),
    ].map(sharedPageKey);
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
    expect(sharedPageKey(request("/partners?region=kayes", { cookie: `${LOCALE_COOKIE}=fr` }))).toBe(
      sharedPageKey(request("/partners?region=kayes", { cookie: ` ${LOCALE_COOKIE}=fr ` })),
    );
  });

  it("knows the language cookie and the proxy's headers by the app's own names for them", () => {
    expect(LOCALE_COOKIE).toBe(APP_LOCALE_COOKIE);
    expect(INTERNAL_HEADERS).toEqual([LOCALE_HEADER, PATH_HEADER]);
  });
});

describe("withVisitorPath: the page's path when proxy.ts does not run", () => {
  it("hands the page the path and query the visitor asked for, without a client navigation's _rsc marker", async () => {
    const seen: Array<string | string[] | undefined> = [];
    const render = withVisitorPath((req: { url?: string; headers: Record<string, string | string[] | undefined> }) => {
      seen.push(req.headers[PATH_HEADER]);
    });
    await render(request("/partners?region=kayes&_rsc=1x2y&page=2"), null);
    // proxy.ts's own value (an /en/… page's path without its prefix) is kept.
    await render(request("/partners?region=kayes", { [PATH_HEADER]: "/partners?region=kayes&from=proxy" }), null);
    expect(seen).toEqual(["/partners?region=kayes&page=2", "/partners?region=kayes&from=proxy"]);
    expect(visitorPath(undefined)).toBe("/");
    expect(visitorPath("/donors/afd")).toBe("/donors/afd");
  });
});

/** What Next.js's handler does, as far as the cache sees it: headers, then the page in chunks. */
type Render = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function start(pages: PageCache, render: Render): Promise<string> {
  const server = createServer((req, res) => void answerFromCacheOrRender(pages, req, res, render));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const page = (body: string, extra: Record<string, string | string[]> = {}): Render => (_req, res) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("x-frame-options", "DENY");
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.write(body.slice(0, 3));
  res.end(body.slice(3));
};

/** A request, answered (the cache keeps an answer on the turn after it finished). */
async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const body = await response.text();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { status: response.status, body, cache: response.headers.get("x-passerelle-cache"), headers: response.headers };
}

const newCache = (time = clock(), ttlMs = 60_000) => new PageCache({ ttlMs, maxBytes: 1_000_000, maxEntryBytes: 10_000, settleMs: 0, now: time.now });

describe("PageCache behind a real HTTP server", () => {
  it("answers the second identical anonymous request with the first one's bytes and headers, without rendering", async () => {
    let renders = 0;
    const pages = newCache();
    const base = await start(pages, (req, res) => {
      renders += 1;
      return page(`<p>rendu ${renders}</p>`, { "set-cookie": `${LOCALE_COOKIE}=fr; Path=/` })(req, res);
    });
    const first = await get(`${base}/partners?region=kayes`);
    expect(first).toMatchObject({ status: 200, body: "<p>rendu 1</p>", cache: "miss" });
    const second = await get(`${base}/partners?region=kayes`);
    expect(second).toMatchObject({ status: 200, body: "<p>rendu 1</p>", cache: "hit" });
    expect(second.headers.get("x-frame-options")).toBe("DENY");
    expect(second.headers.get("set-cookie")).toBe(`${LOCALE_COOKIE}=fr; Path=/`);
    expect(second.headers.get("age")).toBe("0");
    expect(renders).toBe(1);
    // Another URL, or the same one signed in, is rendered.
    expect((await get(`${base}/partners?region=sikasso`)).body).toBe("<p>rendu 2</p>");
    expect((await get(`${base}/partners?region=kayes`, { cookie: "authjs.session-token=abc" })).body).toBe("<p>rendu 3</p>");
    expect((await get(`${base}/partners?region=kayes`, { cookie: "authjs.session-token=abc" })).cache).toBeNull();
  });

  it("keeps no answer but a 200 HTML page that sets no cookie other than the language one", async () => {
    const cases: Record<string, Render> = {
      "/partners/missing": (_req, res) => {
        res.statusCode = 404;
        page("<p>introuvable</p>")(_req, res);
      },
      "/partners/json": (_req, res) => {
        res.setHeader("content-type", "application/json");
        res.end("{}");
      },
      // The API's list is kept as JSON only: an export (CSV, XLSX) of the same path never.
      "/api/v1/partners?format=csv": (_req, res) => {
        res.setHeader("content-type", "text/csv; charset=utf-8");
        res.end("a,b");
      },
      // And a page must be HTML, the API's list JSON, not the other way round.
      "/api/v1/partners?x=html": page("<p>x</p>"),
      "/partners/session": page("<p>x</p>", { "set-cookie": [`${LOCALE_COOKIE}=fr`, "authjs.session-token=new"] }),
      "/partners/moved": (_req, res) => {
        res.writeHead(307, { location: "/en/partners" });
        res.end();
      },
    };
    let renders = 0;
    const pages = newCache();
    const base = await start(pages, async (req, res) => {
      renders += 1;
      const url = new URL(req.url ?? "/", "http://x");
      await cases[url.pathname + url.search](req, res);
    });
    for (const path of Object.keys(cases)) {
      await fetch(`${base}${path}`, { redirect: "manual" }).then((r) => r.text());
      await new Promise((resolve) => setTimeout(resolve, 20));
      const again = await fetch(`${base}${path}`, { redirect: "manual" });
      await again.text();
      expect(again.headers.get("x-passerelle-cache"), path).toBe("miss");
    }
    expect(renders).toBe(12);
  });

  it("keeps the API list's JSON for anonymous callers, and renders it again for a signed-in one", async () => {
    let renders = 0;
    const pages = newCache();
    const base = await start(pages, (_req, res) => {
      renders += 1;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ total: renders }));
    });
    expect(await get(`${base}/api/v1/partners?region=kayes`)).toMatchObject({ status: 200, body: '{"total":1}', cache: "miss" });
    expect(await get(`${base}/api/v1/partners?region=kayes`)).toMatchObject({ status: 200, body: '{"total":1}', cache: "hit" });
    expect((await get(`${base}/api/v1/partners?region=kayes`, { cookie: "authjs.session-token=abc" })).body).toBe('{"total":2}');
    expect((await get(`${base}/api/v1/partners?region=kayes`, { authorization: "Bearer x" })).body).toBe('{"total":3}');
    expect(renders).toBe(3);
  });

  it("keeps no page whose rendering reported an error, nor one rendered across an invalidation", async () => {
    const time = clock();
    const pages = newCache(time);
    let renders = 0;
    const base = await start(pages, async (req, res) => {
      renders += 1;
      const url = req.url ?? "";
      res.setHeader("content-type", "text/html");
      res.write("<p>début</p>");
      await new Promise((resolve) => setTimeout(resolve, 10));
      // What instrumentation.ts's onRequestError does for a streamed page that failed after its 200.
      if (url.includes("failed")) pages.markFailed(String(req.headers[REQUEST_ID_HEADER]));
      if (url.includes("edited")) pages.invalidate();
      res.end("<p>fin</p>");
    });
    for (const path of ["/partners?q=failed", "/partners?q=edited"]) {
      await get(`${base}${path}`);
      expect((await get(`${base}${path}`)).cache, path).toBe("miss");
    }
    expect(renders).toBe(4);
    time.advance(1);
    // A client's own request id is not taken: the server gives each request its own.
    await get(`${base}/partners?q=ok`, { [REQUEST_ID_HEADER]: "guess" });
    expect((await get(`${base}/partners?q=ok`)).cache).toBe("hit");
  });

  it("forgets everything on an invalidation, and each answer after the TTL", async () => {
    const time = clock();
    const pages = newCache(time, 60_000);
    let renders = 0;
    const base = await start(pages, (req, res) => page(`<p>${++renders}</p>`)(req, res));
    await get(`${base}/partners`);
    await get(`${base}/partners/a`);
    expect((await get(`${base}/partners`)).cache).toBe("hit");
    pages.invalidate();
    time.advance(1);
    expect((await get(`${base}/partners`)).body).toBe("<p>3</p>");
    expect((await get(`${base}/partners/a`)).body).toBe("<p>4</p>");
    time.advance(59_000);
    expect((await get(`${base}/partners`)).headers.get("age")).toBe("59");
    time.advance(1_000);
    expect((await get(`${base}/partners`)).body).toBe("<p>5</p>");
  });

  it("keeps no answer bigger than its bound, and none of a client that left", async () => {
    const pages = newCache();
    let renders = 0;
    const base = await start(pages, async (req, res) => {
      renders += 1;
      if (req.url?.includes("big")) return page("x".repeat(20_000))(req, res);
      res.setHeader("content-type", "text/html");
      res.write("<p>lent</p>");
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (!res.destroyed) res.end("<p>fin</p>");
    });
    await get(`${base}/partners?big=1`);
    expect((await get(`${base}/partners?big=1`)).cache).toBe("miss");
    const leaving = new AbortController();
    const response = await fetch(`${base}/partners?slow=1`, { signal: leaving.signal });
    expect(response.status).toBe(200);
    leaving.abort();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await get(`${base}/partners?slow=1`)).cache).toBe("miss");
    expect(renders).toBe(4);
  });

  it("renders a page once for a burst of identical requests", async () => {
    const pages = newCache();
    let renders = 0;
    const base = await start(pages, async (req, res) => {
      renders += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      page("<p>une fois</p>")(req, res);
    });
    const answers = await Promise.all(Array.from({ length: 8 }, () => get(`${base}/partners?burst=1`)));
    expect(answers.map((a) => a.body)).toEqual(Array(8).fill("<p>une fois</p>"));
    expect(answers.filter((a) => a.cache === "hit")).toHaveLength(7);
    expect(renders).toBe(1);
  });

  it("is off with a TTL of 0", async () => {
    const pages = newCache(clock(), 0);
    let renders = 0;
    const base = await start(pages, (req, res) => page(`<p>${++renders}</p>`)(req, res));
    await get(`${base}/partners`);
    const again = await get(`${base}/partners`);
    expect(again.body).toBe("<p>2</p>");
    expect(again.cache).toBeNull();
  });
});
