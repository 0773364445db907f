/** The printed table and the verdicts against the issue's targets. */
import type { Measurement } from "./load";

export const JS_TARGET_KB = 150;

export interface Verdict {
  label: string;
  measured: string;
  target: string;
  pass: boolean;
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

/** Each row's ratio to the floor (static file): how much the app adds over the bare server. */
export function formatTable(rows: Measurement[], floorKey: string): string[] {
  const floor = rows.find((r) => r.key === floorKey);
  const header = ["", "p50", "p97.5", "req/s", "p97.5 / floor", "req/s / floor", "errors"];
  const lines = rows.map((r) => [
    `${r.label} ${r.path}`,
    r.requests > 0 ? ms(r.p50) : r.sequentialMs !== undefined ? `(1 at a time: ${ms(r.sequentialMs)})` : `> ${r.durationSeconds ?? "?"} s`,
    r.requests > 0 ? ms(r.p975) : `> ${r.durationSeconds ?? "?"} s`,
    r.requestsPerSecond.toFixed(0),
    floor && floor.p975 > 0 ? `${(r.p975 / floor.p975).toFixed(1)}x` : "-",
    floor && floor.requestsPerSecond > 0 ? `${(r.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}x` : "-",
    String(r.errors + r.non2xx),
  ]);
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
}

export function verdicts(rows: Measurement[], jsGzipBytes: number | null): Verdict[] {
  const out: Verdict[] = rows
    .filter((r) => r.targetP975 !== undefined)
    .map((r) => ({
      label: `${r.label} p97.5`,
      measured:
        r.requests > 0
          ? ms(r.p975)
          : `no response within the ${r.durationSeconds ?? "?"} s run${r.sequentialMs !== undefined ? `; ${ms(r.sequentialMs)} one request at a time` : ""}`,
      target: `<= ${r.targetP975} ms`,
      // A fast error page is not a pass, nor is a run where no request completed.
      pass: r.requests > 0 && r.p975 <= r.targetP975! && r.errors + r.non2xx === 0,
    }));
  if (jsGzipBytes !== null) {
    const kb = jsGzipBytes / 1000;
    out.push({ label: "list page JS (gzip)", measured: `${kb.toFixed(1)} kB`, target: `<= ${JS_TARGET_KB} kB`, pass: kb <= JS_TARGET_KB });
  }
  return out;
}

export function formatVerdicts(list: Verdict[]): string[] {
  return list.map((v) => `${v.pass ? "PASS" : "FAIL"}  ${v.label}: ${v.measured} (target ${v.target})`);
}
