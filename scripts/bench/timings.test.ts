import { describe, expect, it } from "vitest";
import { distribution, formatProfile, percentile, slowest } from "./timings";

describe("mix SQL timings", () => {
  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1); // 1..200
    expect(percentile(values, 50)).toBe(100);
    expect(percentile(values, 97.5)).toBe(195);
    expect(percentile(values, 100)).toBe(200);
    expect(percentile([7], 97.5)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("sums the database time of a pass and names the costliest URLs by page + facets", () => {
    const timings = [
      { url: "/a", page: 10, facets: 5 },
      { url: "/b", page: 2, facets: 40 },
      { url: "/c", page: 20, facets: 1 },
    ];
    expect(distribution(timings.map((t) => t.page))).toMatchObject({ p50: 10, max: 20, total: 32 });
    expect(slowest(timings, 2).map((t) => t.url)).toEqual(["/b", "/c"]);
    const lines = formatProfile("mix", timings, 1);
    expect(lines[0]).toBe("mix: 3 URLs, ms per URL (median of the repetitions)");
    expect(lines.at(-1)).toContain("/b");
  });
});
