/**
 * The JavaScript a page ships: every module `<script src>` in its HTML, fetched from the
 * same server and gzip-compressed here (level 9 is close to what a CDN serves; the
 * Next server itself compresses at the default level — we report both).
 */
import { gzipSync } from "node:zlib";

export interface BundleSize {
  path: string;
  scripts: Array<{ src: string; bytes: number; gzip: number }>;
  totalBytes: number;
  totalGzip: number;
  /** gzip at zlib's default level 6, as `next start`'s compression sends it. */
  totalGzipDefault: number;
}

/**
 * External scripts a modern browser downloads. `nomodule` ones (Next's legacy
 * polyfills, ~40 kB gzip) are skipped by every browser that runs modules, so
 * they are not part of what the page ships.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\bnomodule\b/i.test(tag)) sources.add(src.replace(/&amp;/g, "&"));
  }
  return [...sources];
}

export async function pageJavaScript(origin: string, path: string): Promise<BundleSize> {
  const html = await (await fetch(new URL(path, origin))).text();
  const scripts = [];
  let totalGzipDefault = 0;
  for (const src of scriptSources(html)) {
    const url = new URL(src, origin);
    if (url.origin !== origin) continue; // the bench never leaves 127.0.0.1
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    scripts.push({ src, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    totalGzipDefault += gzipSync(body).length;
  }
  return {
    path,
    scripts,
    totalBytes: scripts.reduce((s, x) => s + x.bytes, 0),
    totalGzip: scripts.reduce((s, x) => s + x.gzip, 0),
    totalGzipDefault,
  };
}
