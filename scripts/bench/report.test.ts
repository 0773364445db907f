import { describe, expect, it } from "vitest";
import type { Measurement } from "./load";
import { coldVerdicts, formatTable, jsVerdict, verdicts } from "./report";

const row = (key: string, p975: number, rps: number, extra: Partial<Measurement> = {}): Measurement => ({
  key, label: key, path: `/${key}`, p50: p975 / 2, p975, p99: p975, requestsPerSecond: rps, requests: rps * 10, errors: 0, non2xx: 0, ...extra,
});

describe("bench report", () => {
  it("gives each row's ratio to the floor, req/s and p97.5", () => {
    const lines = formatTable([row("floor", 100, 120), row("list", 250, 60)], "floor");
    expect(lines[2]).toContain("0.50x");
    expect(lines[2]).toContain("2.50x");
  });

  it("passes a goal met, fails one missed, and fails a fast page that answered errors", () => {
    const result = verdicts(
      [row("floor", 100, 120), row("list", 190, 70), row("api", 60, 150), row("detail", 5, 900, { non2xx: 12 })],
      { list: { minThroughput: 0.5, maxP975: 2 }, api: { minThroughput: 1.5 }, detail: { minThroughput: 0.8 } },
      "floor",
    );
    expect(result.map((v) => [v.label, v.pass])).toEqual([
      ["list req/s", true],
      ["list p97.5", true],
      ["api req/s", false],
      ["detail req/s", false],
    ]);
    expect(result[3].measured).toMatch(/12 errors/);
  });

  it("counts the errors the server logged, not only the statuses (a streamed page fails after its 200)", () => {
    const [v] = verdicts([row("floor", 100, 120), row("list", 100, 120, { serverErrors: 3 })], { list: { maxP975: 2 } }, "floor");
    expect(v.pass).toBe(false);
    expect(v.measured).toMatch(/3 errors/);
  });

  it("fails a goal when no request completed during the run (autocannon then reports 0 ms)", () => {
    const [v] = verdicts([row("floor", 100, 120), row("list", 0, 0, { requests: 0 })], { list: { maxP975: 2 } }, "floor");
    expect(v.pass).toBe(false);
    expect(v.measured).toMatch(/no response/);
  });

  it("fails every goal when the floor was not measured (nothing to compare with)", () => {
    const result = verdicts([row("list", 10, 1000)], { list: { minThroughput: 0.5, maxP975: 2 } }, "floor");
    expect(result.every((v) => !v.pass && /no floor/.test(v.measured))).toBe(true);
  });

  it("checks the cold first request and the JavaScript budget", () => {
    expect(coldVerdicts([{ label: "list", path: "/partners", ms: 900, status: 200 }])[0].pass).toBe(true);
    expect(coldVerdicts([{ label: "list", path: "/partners", ms: 1200, status: 200 }])[0].pass).toBe(false);
    expect(coldVerdicts([{ label: "list", path: "/partners", ms: 10, status: 500 }])[0].pass).toBe(false);
    expect(jsVerdict(99_000).pass).toBe(true);
    expect(jsVerdict(101_000).pass).toBe(false);
    // The floor's own page is shown beside, for scale; the goal stays the issue's.
    expect(jsVerdict(142_200, 120_000)).toMatchObject({ measured: "142.2 kB (floor app: 120.0 kB)", pass: false });
  });
});
