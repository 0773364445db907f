import { describe, expect, it } from "vitest";
import { locatorCodes, locatorHref, locatorSvg, parseLocatorQuery } from "./locator";
import { maliMap } from "./mali-map";

const query = (s: string) => new URLSearchParams(s);
const fills = (svg: string) => [...svg.matchAll(/<path d="[^"]*" fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);

describe("the locator map as an image", () => {
  it("gives equal pictures one URL: codes sorted and once, national only when set", () => {
    expect(locatorHref({ filled: ["ML-4", "ML-1", "ML-4"], national: false })).toBe("/maps/locator.svg?regions=ML-1%2CML-4");
    expect(locatorHref({ filled: [], national: true })).toBe("/maps/locator.svg?national=1");
    expect(locatorHref({ filled: ["ML-BKO"], national: true })).toBe("/maps/locator.svg?regions=ML-BKO&national=1");
  });

  it("reads back the picture its URL asks for", () => {
    const href = locatorHref({ filled: ["ML-6", "ML-BKO"], national: true });
    expect(parseLocatorQuery(new URL(href, "http://x").searchParams)).toEqual({ data: { filled: ["ML-6", "ML-BKO"], national: true } });
    expect(parseLocatorQuery(query(""))).toEqual({ data: { filled: [], national: false } });
  });

  it("refuses a query it cannot draw, naming the parameter", () => {
    expect(parseLocatorQuery(query("regions=ML-1,ML-99"))).toMatchObject({ error: { param: "regions", message: expect.stringContaining('"ML-99"') } });
    // Taoudénit has no outline of its own: the fiche fills Tombouctou's (lib/geo/regions.ts).
    expect(parseLocatorQuery(query("regions=ML-10"))).toMatchObject({ error: { param: "regions" } });
    expect(parseLocatorQuery(query("regions=<script>"))).toMatchObject({ error: { param: "regions" } });
    expect(parseLocatorQuery(query("national=yes"))).toMatchObject({ error: { param: "national" } });
    expect(parseLocatorQuery(query("colour=red"))).toMatchObject({ error: { param: "colour", message: expect.stringContaining("Unknown parameter") } });
    expect(parseLocatorQuery(query("national=1&national=0"))).toMatchObject({ error: { param: "national" } });
    expect(parseLocatorQuery(query(`regions=${"ML-1,".repeat(60)}`))).toMatchObject({ error: { param: "regions" } });
  });

  it("fills the named outlines, the others lightly when coverage is national, and marks a tiny filled outline with a dot", () => {
    const map = maliMap("locator");
    const named = locatorSvg({ filled: ["ML-1"], national: false });
    expect(named.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(fills(named)).toEqual(map.regions.map((r) => (r.code === "ML-1" ? "#1f6f5c" : "#e2e8f0")));
    expect(named).not.toContain("<circle");

    const national = locatorSvg({ filled: [], national: true });
    expect(new Set(fills(national))).toEqual(new Set(["#9fd0bf"]));

    const tiny = map.regions.find((r) => r.area < 20)!;
    expect(locatorSvg({ filled: [tiny.code], national: false })).toContain(`<circle cx="${tiny.centroid[0]}" cy="${tiny.centroid[1]}"`);
  });

  it("draws every outline the fiche can fill", () => {
    expect([...locatorCodes()].sort()).toEqual(maliMap("locator").regions.map((r) => r.code).sort());
  });
});
