import { describe, expect, it } from "vitest";
import { parsePartnerFilters } from "../../lib/partners/filters";
import { mixUrls, seededRandom } from "./mix";

describe("mixUrls", () => {
  it("makes the same 200 distinct URLs for the same seed, other ones for another seed", () => {
    const a = mixUrls(200, 8);
    expect(a).toHaveLength(200);
    expect(new Set(a).size).toBe(200);
    expect(mixUrls(200, 8)).toEqual(a);
    expect(mixUrls(200, 9)).not.toEqual(a);
  });

  it("makes only list URLs the list's own parser accepts", () => {
    for (const url of mixUrls()) {
      expect(url.startsWith("/partners")).toBe(true);
      const parsed = parsePartnerFilters(new URL(url, "http://x").searchParams);
      expect(parsed.success, url).toBe(true);
    }
  });

  it("mixes searches, filters, sorts and pages", () => {
    const params = mixUrls().map((u) => new URL(u, "http://x").searchParams);
    const share = (test: (p: URLSearchParams) => boolean) => params.filter(test).length / params.length;
    expect(share((p) => p.has("q"))).toBeGreaterThan(0.3);
    expect(share((p) => p.has("region"))).toBeGreaterThan(0.3);
    expect(share((p) => p.has("category"))).toBeGreaterThan(0.15);
    expect(share((p) => p.has("returnees"))).toBeGreaterThan(0.1);
    expect(share((p) => p.has("sort"))).toBeGreaterThan(0.2);
    expect(share((p) => p.has("page"))).toBeGreaterThan(0.05);
    expect(new Set(params.map((p) => p.get("q")).filter(Boolean)).size).toBeGreaterThan(10);
  });

  it("asks for later pages only of views with no search and at most one filter (no redirect past the end)", () => {
    for (const url of mixUrls()) {
      const p = new URL(url, "http://x").searchParams;
      if (!p.has("page")) continue;
      expect(p.has("q"), url).toBe(false);
      expect(["region", "category", "returnees"].filter((k) => p.has(k)).length, url).toBeLessThanOrEqual(1);
      expect(Number(p.get("page"))).toBeLessThanOrEqual(4);
    }
  });
});

describe("seededRandom", () => {
  it("is deterministic and in [0, 1)", () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
