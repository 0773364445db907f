import { describe, expect, it } from "vitest";
import type { Measurement } from "./load";
import { formatTable, verdicts } from "./report";

const row = (key: string, p975: number, rps: number, extra: Partial<Measurement> = {}): Measurement => ({
  key, label: key, path: `/${key}`, p50: p975 / 2, p975, p99: p975, requestsPerSecond: rps, requests: rps * 10, errors: 0, non2xx: 0, ...extra,
});

describe("bench report", () => {
  it("gives each row's ratio to the floor", () => {
    const lines = formatTable([row("floor", 4, 2000), row("list", 40, 200)], "floor");
    expect(lines[2]).toContain("10.0x");
    expect(lines[2]).toContain("0.10x");
  });

  it("passes a target met, fails one missed, and fails a fast page that answered errors", () => {
    const result = verdicts(
      [row("list", 120, 80, { targetP975: 150 }), row("api", 60, 300, { targetP975: 50 }), row("detail", 5, 900, { targetP975: 100, non2xx: 12 })],
      null,
    );
    expect(result.map((v) => v.pass)).toEqual([true, false, false]);
  });

  it("fails a target when no request completed during the run (autocannon then reports 0 ms)", () => {
    const [v] = verdicts([row("list", 0, 0, { targetP975: 150, requests: 0 })], null);
    expect(v.pass).toBe(false);
    expect(v.measured).toMatch(/no response/);
  });

  it("checks the JavaScript budget in kB of gzip", () => {
    expect(verdicts([], 149_000)[0].pass).toBe(true);
    expect(verdicts([], 151_000)[0].pass).toBe(false);
  });
});
