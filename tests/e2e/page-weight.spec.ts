import { gzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * Issue 8: page weight on the real data, as an anonymous visitor receives it
 * (HTML bytes before compression: markup plus the React payload that repeats it).
 * Budgets, and what they were before the issue, in docs/benchmarks.md.
 */
const FICHE_HTML_BUDGET = 80_000; // issue 8's budget; the report's text comes on demand (was 124–151 kB)
// Issue 8's budget: 25 rows, the facets and the site's frame weigh ~57.6 kB (were 361 kB, 107 kB before the
// rows came from compact data, 71 kB before the trims of "List page weight" in docs/benchmarks.md).
const LIST_HTML_BUDGET = 60_000;
// Issue 8 asks for 100 kB, below what Next.js 16 and React 19 alone ship (~136 kB gzip, the floor
// app's figure in docs/benchmarks.md): the budget allows the framework and ~9 kB of the page's own.
// Why this budget rather than 100 kB: docs/decisions/0013-javascript-budget.md.
const LIST_JS_GZIP_BUDGET = 145_000;

async function htmlBytes(request: APIRequestContext, path: string): Promise<number> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.body()).length;
}

test("the list page and every fiche stay within their HTML budgets", async ({ request }) => {
  const list = await htmlBytes(request, "/partners");
  test.info().annotations.push({ type: "list HTML bytes", description: String(list) });
  expect(list, "/partners").toBeLessThanOrEqual(LIST_HTML_BUDGET);
  // 25 rows: the budget is for a full page.
  expect((await (await request.get("/api/v1/partners")).json()).items).toHaveLength(25);

  const { items } = (await (await request.get("/api/v1/partners?pageSize=100")).json()) as { items: { slug: string }[] };
  expect(items.length).toBeGreaterThan(30);
  let heaviest = { slug: "", bytes: 0 };
  for (const { slug } of items) {
    const bytes = await htmlBytes(request, `/partners/${slug}`);
    if (bytes > heaviest.bytes) heaviest = { slug, bytes };
  }
  test.info().annotations.push({ type: "heaviest fiche", description: `${heaviest.slug}: ${heaviest.bytes} bytes` });
  expect(heaviest.bytes, `/partners/${heaviest.slug}`).toBeLessThanOrEqual(FICHE_HTML_BUDGET);
});

test("the list page's JavaScript stays within its budget", async ({ request }) => {
  const html = await (await request.get("/partners")).text();
  // Module scripts only: `nomodule` polyfills are skipped by every browser that runs modules.
  const sources = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => (/\bnomodule\b/i.test(tag) ? null : /\bsrc="([^"]+)"/.exec(tag)?.[1]))
    .filter((src): src is string => Boolean(src));
  expect(sources.length).toBeGreaterThan(0);
  let gzip = 0;
  for (const src of new Set(sources)) gzip += gzipSync(await (await request.get(src.replace(/&amp;/g, "&"))).body(), { level: 9 }).length;
  test.info().annotations.push({ type: "list JS gzip bytes", description: String(gzip) });
  expect(gzip).toBeLessThanOrEqual(LIST_JS_GZIP_BUDGET);
});
