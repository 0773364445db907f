/**
 * Load on one URL with autocannon: a short warm-up (JIT, caches, pool), then
 * `duration` seconds at `connections` concurrent connections. Only 127.0.0.1.
 */
import autocannon from "autocannon";
import { LOCALE_COOKIE } from "../../lib/i18n/config";

export interface Target {
  /** Key in the results file, e.g. "list". */
  key: string;
  label: string;
  path: string;
  /** Several URLs in rotation (the realistic mix): each request takes the next one; `path` then names the mix. */
  paths?: readonly string[];
  /** Extra request headers, e.g. a signed-in viewer's session cookie. */
  headers?: Record<string, string>;
  /** Which server answers it: the floor app or the directory. */
  server?: "floor" | "app";
}

export interface Measurement {
  key: string;
  label: string;
  path: string;
  p50: number;
  p975: number;
  p99: number;
  requestsPerSecond: number;
  /** Requests completed during the measured run (0: every one took longer than the run). */
  requests: number;
  durationSeconds?: number;
  errors: number;
  non2xx: number;
  /** Errors the server logged during the run (a streamed page fails after its 200). */
  serverErrors?: number;
  /** 1-minute load average when the measurement started (other work on the machine). */
  loadBefore?: number;
  /** Requests per second of each warm-up slice after the first warm-up (`WARM_UP_SLICE`), up to the steady one. */
  warmUpSlices?: number[];
  /** Median of a few requests made one at a time, when none completed under load. */
  sequentialMs?: number;
}

/**
 * One request definition that takes the next of `paths` every time it is sent,
 * across all connections (autocannon calls `setupRequest` for each request):
 * the connections walk the rotation together instead of each replaying it from the start.
 */
export function rotation(paths: readonly string[]): { requests: Array<{ setupRequest: (req: Record<string, unknown>) => Record<string, unknown> }>; sent: () => number } {
  let next = 0;
  return {
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
    sent: () => next,
  };
}

/**
 * How a target is warmed up before it is measured.
 * - One URL: 8 s of load (JIT, pool, caches). It was 2 s: the floor app's server,
 *   measured first, served ~210 req/s in its first 5 s of load and 310–340 once
 *   warm (29 Nov 2026), and after 2 s its figure swung from 205 to 305 req/s between
 *   runs, every ratio with it (docs/benchmarks.md, "Result: 29 Nov 2026, 02:05–03:40 UTC").
 * - A mix: one whole pass over its URLs, each sent once, so that what is measured
 *   is the rotation's steady state whatever the machine's speed. A directory in use
 *   has seen its views before: an anonymous view is then answered from the page
 *   cache (an officer's never is). A fixed 2 s covered only the first ~40 of the 200
 *   URLs on a slow machine, and the measured run rendered nearly every anonymous
 *   request (28 Nov 2026: 21 req/s, docs/benchmarks.md "Parallel workers and lazy relevance").
 */
export function warmUpOf(target: Pick<Target, "paths">): { duration: number } | { amount: number } {
  return target.paths ? { amount: target.paths.length } : { duration: 8 };
}

/**
 * After `warmUpOf`, the load goes on in slices of `seconds` until two slices in a
 * row serve within `tolerance` of each other (at most `maxSlices`): the steady
 * state a server in use runs in, whatever the page and the machine. A fixed warm-up
 * measured pages in the middle of their warming: on 29 Nov 2026 one process served
 * the rendered list at 136 req/s in its first 6 s after 4 s of load, then 172–178,
 * the rendered fiche 195 → 218 → 246–258, the floor 303 → 371–382; 8 s of warm-up
 * left the rendered list anywhere between 124 and 187 req/s from run to run
 * (docs/benchmarks.md,
 * "Facets' rows, fiche markup, plain messages in async components, warm until steady").
 * Every target gets the same rule, the floor included.
 */
export const WARM_UP_SLICE = { seconds: 3, tolerance: 0.05, maxSlices: 8 } as const;

/** Whether a warm-up slice served within `tolerance` (a share) of the slice before it. */
export function isSteady(previous: number | undefined, current: number, tolerance: number = WARM_UP_SLICE.tolerance): boolean {
  if (previous === undefined || previous <= 0 || current <= 0) return false;
  return Math.abs(current - previous) / Math.max(current, previous) <= tolerance;
}

/**
 * A returning visitor's browser, with `extra` (a session cookie, the rendered
 * targets' cookie): Next compresses when asked, and the browser sends back the
 * language cookie the site set on its first page. With that cookie a French
 * visitor's plain reads need no proxy.ts (its matcher); a first visit runs it,
 * and is what `timeOne`, the first request after a start, measures. Every
 * target gets the same headers, the floor included.
 */
export function requestHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const cookie = [`${LOCALE_COOKIE}=fr`, extra.cookie].filter(Boolean).join("; ");
  return { "accept-encoding": "gzip", accept: "text/html,application/json", ...extra, cookie };
}

export async function measure(origin: string, target: Target, options: { duration: number; connections: number }): Promise<Measurement> {
  const url = new URL(target.paths?.[0] ?? target.path, origin);
  if (url.hostname !== "127.0.0.1") throw new Error(`refusing to load ${url.hostname}: the bench only targets 127.0.0.1`);
  const headers = requestHeaders(target.headers);
  const run = (length: { duration: number } | { amount: number }, timeout?: number) =>
    autocannon({
      url: url.href,
      connections: options.connections,
      ...length,
      headers,
      timeout,
      ...(target.paths ? { requests: rotation(target.paths).requests } : {}),
    });
  await run(warmUpOf(target), 30);
  const warmUpSlices: number[] = [];
  while (warmUpSlices.length < WARM_UP_SLICE.maxSlices) {
    const slice = (await run({ duration: WARM_UP_SLICE.seconds }, 10)).requests.average;
    const steady = isSteady(warmUpSlices.at(-1), slice);
    warmUpSlices.push(slice);
    if (steady) break;
  }
  const r = await run({ duration: options.duration }, 10);
  return {
    key: target.key,
    label: target.label,
    path: target.path,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    requestsPerSecond: r.requests.average,
    requests: r.requests.total,
    durationSeconds: options.duration,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    warmUpSlices,
  };
}

/** Latency of `count` requests made one after the other (no concurrency): the median, in ms. */
export async function sequentialLatency(origin: string, path: string, count = 5, headers: Record<string, string> = {}): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(new URL(path, origin), { headers, signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(count / 2)];
}

/** A single GET that must answer 200 before the URL is worth loading (a 404 is fast and meaningless). */
export async function checkOk(origin: string, path: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(new URL(path, origin), { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: nothing to measure`);
}

/** The time to the last byte of one GET, in ms: the first request after a start (cold caches), a first visit (no cookie). */
export async function timeOne(origin: string, path: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(new URL(path, origin), { headers: { "accept-encoding": "gzip" }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}
