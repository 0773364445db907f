import { describe, expect, it } from "vitest";
import { isSteady, requestHeaders, rotation, warmUpOf } from "./load";

describe("isSteady", () => {
  it("holds when a slice serves within 5 % of the one before, either way, and never for the first slice", () => {
    expect(isSteady(undefined, 175)).toBe(false);
    expect(isSteady(136, 174)).toBe(false);
    expect(isSteady(174, 172)).toBe(true);
    expect(isSteady(172, 180)).toBe(true);
    expect(isSteady(172, 182)).toBe(false);
    expect(isSteady(100, 95)).toBe(true);
    expect(isSteady(100, 94)).toBe(false);
  });

  it("never holds for a slice that served nothing (a stalled target is not steady)", () => {
    expect(isSteady(0, 0)).toBe(false);
    expect(isSteady(120, 0)).toBe(false);
  });
});

describe("warmUpOf", () => {
  it("warms one URL for 8 s, and a mix by sending each of its URLs once", () => {
    expect(warmUpOf({})).toEqual({ duration: 8 });
    const paths = Array.from({ length: 200 }, (_, i) => `/partners?page=${i}`);
    expect(warmUpOf({ paths })).toEqual({ amount: 200 });
  });

  it("walks a mix's URLs in order across requests, so a pass of paths.length requests sends each once", () => {
    const paths = ["/a", "/b", "/c"];
    const r = rotation(paths);
    const sent = Array.from({ length: 3 }, () => r.requests[0].setupRequest({}).path);
    expect(sent).toEqual(paths);
    expect(r.sent()).toBe(3);
  });
});

describe("requestHeaders: a returning visitor's browser", () => {
  it("sends the language cookie the site sets on a first visit, beside any other cookie", () => {
    expect(requestHeaders()).toMatchObject({ "accept-encoding": "gzip", cookie: "NEXT_LOCALE=fr" });
    expect(requestHeaders({ cookie: "passerelle.session=abc" }).cookie).toBe("NEXT_LOCALE=fr; passerelle.session=abc");
  });
});
