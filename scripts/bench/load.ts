/**
 * Load on one URL with autocannon: a short warm-up (JIT, caches, pool), then
 * `duration` seconds at `connections` concurrent connections. Only 127.0.0.1.
 */
import autocannon from "autocannon";

export interface Target {
  /** Key in the results file, e.g. "list". */
  key: string;
  label: string;
  path: string;
  /** p97.5 the issue sets, in ms; absent for the floor. */
  targetP975?: number;
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
  targetP975?: number;
  /** 1-minute load average when the measurement started (other work on the machine). */
  loadBefore?: number;
  /** Median of a few requests made one at a time, when none completed under load. */
  sequentialMs?: number;
}

export async function measure(origin: string, target: Target, options: { duration: number; connections: number }): Promise<Measurement> {
  const url = new URL(target.path, origin);
  if (url.hostname !== "127.0.0.1") throw new Error(`refusing to load ${url.hostname}: the bench only targets 127.0.0.1`);
  // The browser's headers matter: Next compresses when asked, pages render per locale cookie.
  const headers = { "accept-encoding": "gzip", accept: "text/html,application/json" };
  await autocannon({ url: url.href, connections: options.connections, duration: 2, headers });
  const r = await autocannon({ url: url.href, connections: options.connections, duration: options.duration, headers, timeout: 10 });
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
    targetP975: target.targetP975,
  };
}

/** Latency of `count` requests made one after the other (no concurrency): the median, in ms. */
export async function sequentialLatency(origin: string, path: string, count = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(new URL(path, origin), { signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(count / 2)];
}

/** A single GET that must answer 200 before the URL is worth loading (a 404 is fast and meaningless). */
export async function checkOk(origin: string, path: string): Promise<void> {
  const response = await fetch(new URL(path, origin), { signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: nothing to measure`);
}
