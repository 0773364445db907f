import { describe, expect, it } from "vitest";
import { COMPARE_ROWS, markCompareRow, markRow, parseCompareSelection } from "./compare";

describe("parseCompareSelection", () => {
  it("accepts a comma list and the repeated parameter the picker form sends", () => {
    expect(parseCompareSelection("cfps, ecica")).toEqual({ ok: true, slugs: ["cfps", "ecica"] });
    expect(parseCompareSelection(["cfps", "", "ecica", "cfps"])).toEqual({ ok: true, slugs: ["cfps", "ecica"] });
  });

  it("refuses fewer than 2 or more than 4 partners", () => {
    expect(parseCompareSelection("cfps")).toMatchObject({ ok: false, reason: "count" });
    expect(parseCompareSelection(undefined)).toMatchObject({ ok: false, reason: "count", slugs: [] });
    expect(parseCompareSelection("a,b,c,d,e")).toMatchObject({ ok: false, reason: "count" });
  });

  it("refuses slugs that cannot name a fiche without failing", () => {
    expect(parseCompareSelection("cfps,<script>")).toEqual({ ok: false, reason: "invalid", slugs: ["cfps"] });
  });
});

describe("markRow", () => {
  it("flags only the cells no other fiche shares", () => {
    expect(markRow(["a", "a", "b"]).differs).toEqual([false, false, true]);
    expect(markRow(["a", "b"]).differs).toEqual([true, true]);
    expect(markRow(["a", "a"]).differs).toEqual([false, false]);
  });

  it("flags missing values as missing, not as differences", () => {
    expect(markRow(["a", null, "a"])).toEqual({ differs: [false, false, false], missing: [false, true, false] });
    expect(markRow(["a", null]).differs).toEqual([true, false]);
  });
});

describe("markCompareRow", () => {
  it("flags differences only on the facts an analyst compares (capacity, regions, returnees, insertion, costs)", () => {
    const flagged = COMPARE_ROWS.filter((row) => markCompareRow(row, ["a", "b"]).differs.some(Boolean));
    expect(flagged).toEqual(["regions", "absorption", "total", "returneeCapacity", "insertion", "returneeExperience", "costs"]);
  });

  it("still shows gaps on descriptive rows", () => {
    expect(markCompareRow("funders", ["a", null, "b"])).toEqual({ differs: [false, false, false], missing: [false, true, false] });
  });
});
