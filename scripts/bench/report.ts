/** The printed table and the verdicts against issue 8's targets, as ratios to the floor measured in the same run. */
import type { Measurement } from "./load";

/** Issue 8: the list page's JavaScript, gzip. */
export const JS_TARGET_KB = 100;
/** Issue 8: the first request after a start (cold caches), unfiltered list and fiche. */
export const COLD_TARGET_MS = 1000;

/** What the issue asks of a target, relative to the floor. */
export interface Goal {
  /** req/s at least this many times the floor's. */
  minThroughput?: number;
  /** p97.5 at most this many times the floor's. */
  maxP975?: number;
}

export interface Verdict {
  label: string;
  measured: string;
  target: string;
  pass: boolean;
}

/** Failed requests: transport errors and timeouts, non-2xx answers, and errors the server logged (a streamed page fails after its 200). */
export const failures = (r: Measurement) => r.errors + r.non2xx + (r.serverErrors ?? 0);

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const times = (n: number) => `${n.toFixed(2)}x`;

/** Each row's ratio to the floor: req/s (higher is better) and p97.5 (lower is better). */
export function formatTable(rows: Measurement[], floorKey: string): string[] {
  const floor = rows.find((r) => r.key === floorKey);
  const header = ["", "p50", "p97.5", "req/s", "req/s / floor", "p97.5 / floor", "errors"];
  const lines = rows.map((r) => [
    `${r.label} ${r.path}`,
    r.requests > 0 ? ms(r.p50) : r.sequentialMs !== undefined ? `(1 at a time: ${ms(r.sequentialMs)})` : `> ${r.durationSeconds ?? "?"} s`,
    r.requests > 0 ? ms(r.p975) : `> ${r.durationSeconds ?? "?"} s`,
    r.requestsPerSecond.toFixed(0),
    floor && floor.requestsPerSecond > 0 ? times(r.requestsPerSecond / floor.requestsPerSecond) : "-",
    floor && floor.p975 > 0 && r.requests > 0 ? times(r.p975 / floor.p975) : "-",
    String(failures(r)),
  ]);
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
}

/**
 * One verdict per goal of each measured target. A target with errors or
 * non-2xx answers fails whatever its speed (a fast error page is no pass), as
 * does one where no request completed, or a run without a floor to compare with.
 */
export function verdicts(rows: Measurement[], goals: Record<string, Goal>, floorKey: string): Verdict[] {
  const floor = rows.find((r) => r.key === floorKey && r.requests > 0 && failures(r) === 0);
  const out: Verdict[] = [];
  for (const r of rows) {
    const goal = goals[r.key];
    if (!goal) continue;
    const failed = r.requests === 0 ? `no response within the ${r.durationSeconds ?? "?"} s run` : failures(r) > 0 ? `${failures(r)} errors` : null;
    if (goal.minThroughput !== undefined) {
      const ratio = floor ? r.requestsPerSecond / floor.requestsPerSecond : NaN;
      out.push({
        label: `${r.label} req/s`,
        measured: failed ?? (floor ? `${times(ratio)} the floor (${r.requestsPerSecond.toFixed(0)} / ${floor.requestsPerSecond.toFixed(0)})` : "no floor measured"),
        target: `>= ${goal.minThroughput}x`,
        pass: !failed && floor !== undefined && ratio >= goal.minThroughput,
      });
    }
    if (goal.maxP975 !== undefined) {
      const ratio = floor ? r.p975 / floor.p975 : NaN;
      out.push({
        label: `${r.label} p97.5`,
        measured: failed ?? (floor ? `${times(ratio)} the floor (${ms(r.p975)} / ${ms(floor.p975)})` : "no floor measured"),
        target: `<= ${goal.maxP975}x`,
        pass: !failed && floor !== undefined && ratio <= goal.maxP975,
      });
    }
  }
  return out;
}

/** The first request after a start, per page. */
export function coldVerdicts(cold: Array<{ label: string; path: string; ms: number; status: number }>): Verdict[] {
  return cold.map((c) => ({
    label: `first request after start, ${c.label} ${c.path}`,
    measured: c.status === 200 ? ms(c.ms) : `status ${c.status} in ${ms(c.ms)}`,
    target: `< ${COLD_TARGET_MS} ms`,
    pass: c.status === 200 && c.ms < COLD_TARGET_MS,
  }));
}

/** `floorGzipBytes`: the floor app's own page, measured the same way (what the stack alone ships), shown beside. */
export function jsVerdict(gzipBytes: number, floorGzipBytes?: number): Verdict {
  const kb = gzipBytes / 1000;
  const floor = floorGzipBytes !== undefined ? ` (floor app: ${(floorGzipBytes / 1000).toFixed(1)} kB)` : "";
  return { label: "list page JS (gzip)", measured: `${kb.toFixed(1)} kB${floor}`, target: `<= ${JS_TARGET_KB} kB`, pass: kb <= JS_TARGET_KB };
}

export function formatVerdicts(list: Verdict[]): string[] {
  return list.map((v) => `${v.pass ? "PASS" : "FAIL"}  ${v.label}: ${v.measured} (target ${v.target})`);
}
