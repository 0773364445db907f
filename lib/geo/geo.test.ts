import { describe, expect, it } from "vitest";
import { MALI_REGIONS } from "../fiches/values/regions";
import { classify } from "./choropleth";
import { maliMap } from "./mali-map";
import { isoCode, placeRegion } from "./regions";

describe("the map of Mali's regions", () => {
  const map = maliMap("choropleth");
  const drawn = new Set(map.regions.map((r) => r.code));

  it("draws the geometry's ten outlines, each under the ISO 3166-2 code of the region it is named after", () => {
    expect(map.regions).toHaveLength(10);
    for (const outline of map.regions) expect(isoCode(outline.name)).toBe(outline.code);
  });

  it("places every region of the report: on its own outline, or (Taoudénit) inside the one that contains it", () => {
    const places = MALI_REGIONS.map((name) => [name, placeRegion(name, drawn)] as const);
    expect(places.filter(([, p]) => p.kind === "none")).toEqual([]);
    expect(places.filter(([, p]) => p.kind === "inside")).toEqual([["Taoudénit", { kind: "inside", code: "ML-10", container: "ML-6" }]]);
    expect(placeRegion("Ménaka", drawn)).toEqual({ kind: "own", code: "ML-9" });
    expect(placeRegion("Nowhere", drawn)).toEqual({ kind: "none" });
  });

  it("keeps the SVG small: simplified, rounded paths inside the view box", () => {
    const bytes = (m: ReturnType<typeof maliMap>) => m.regions.reduce((s, r) => s + r.d.length, 0);
    expect(bytes(map)).toBeLessThan(20_000);
    expect(bytes(maliMap("locator"))).toBeLessThan(8_000);
    for (const r of map.regions) {
      expect(r.d).toMatch(/^M[-\d,LZM]+$/);
      expect(r.centroid[0]).toBeGreaterThan(0);
      expect(r.centroid[0]).toBeLessThan(map.width);
      expect(r.centroid[1]).toBeLessThan(map.height);
    }
  });

  it("is computed once per process", () => {
    expect(maliMap("choropleth")).toBe(map);
  });
});

describe("classify", () => {
  it("gives zero its own class and splits the rest into whole-number intervals that cover every count once", () => {
    const { classes, classOf } = classify([0, 1, 7, 12, 3]);
    expect(classes.map((c) => [c.min, c.max])).toEqual([[0, 0], [1, 3], [4, 6], [7, 9], [10, 12]]);
    expect(classOf(0).index).toBe(0);
    expect(classOf(3).index).toBe(1);
    expect(classOf(12).index).toBe(4);
  });

  it("uses one class per count when counts are small, and copes with no partner at all", () => {
    expect(classify([2, 1]).classes.map((c) => c.max)).toEqual([0, 1, 2]);
    expect(classify([0, 0]).classes).toEqual([{ index: 0, min: 0, max: 0 }]);
  });
});
