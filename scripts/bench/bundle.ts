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

/**
 * The printed line of the JavaScript sizes: the directory's list page beside the
 * floor app's own list page (bare Next + React, measured the same way in the same
 * run), so that the report shows what the stack alone ships.
 */
export function formatJavaScript(ours: BundleSize | null, floor: BundleSize | null): string[] {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const line = (label: string, b: BundleSize) =>
    `${label} ${b.path}: ${b.scripts.length} scripts, ${kb(b.totalBytes)} raw, ${kb(b.totalGzip)} gzip -9 (${kb(b.totalGzipDefault)} gzip -6)`;
  const lines: string[] = [];
  if (ours) lines.push(line("list page JavaScript", ours));
  if (floor) lines.push(line("floor page JavaScript", floor));
  if (ours && floor) {
    const extra = ours.totalGzip - floor.totalGzip;
    lines.push(`the directory ships ${kb(Math.abs(extra))} gzip ${extra >= 0 ? "more" : "less"} than the floor (${(ours.totalGzip / floor.totalGzip).toFixed(2)}x)`);
  }
  return lines;
}
