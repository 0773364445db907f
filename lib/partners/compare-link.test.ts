import { describe, expect, it } from "vitest";
import { compareHref } from "./compare-link";
import { parseCompareSelection } from "./compare";

describe("compareHref", () => {
  it("links to the partners in the order given, as the page reads them back", () => {
    expect(compareHref(["cfps", "bnda"])).toBe("/compare?partners=cfps,bnda");
    expect(parseCompareSelection(new URL(compareHref(["cfps", "bnda", "anpe"]), "http://x").searchParams.get("partners") ?? undefined)).toEqual({
      ok: true,
      slugs: ["cfps", "bnda", "anpe"],
    });
  });

  it("keeps the picker's search, in the page's language, and is the bare page without partners", () => {
    expect(compareHref(["cfps"], { find: "centre de formation", base: "/en/compare" })).toBe("/en/compare?partners=cfps&find=centre+de+formation");
    expect(compareHref([], { find: "a&b=c" })).toBe("/compare?find=a%26b%3Dc");
    expect(compareHref([])).toBe("/compare");
  });
});
