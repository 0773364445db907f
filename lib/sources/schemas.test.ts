import { describe, expect, it } from "vitest";
import { containsPattern, parseSourcesParams } from "./schemas";

describe("parseSourcesParams", () => {
  it("reads each table's search and sort from its own prefix", () => {
    expect(parseSourcesParams({ iq: " Kayes ", isort: "date", idir: "desc", dq: "OIM", dsort: "year" })).toEqual({
      iq: "Kayes",
      isort: "date",
      idir: "desc",
      dq: "OIM",
      dsort: "year",
      ddir: "asc",
    });
  });

  it("falls back to defaults on unknown or repeated values instead of failing", () => {
    expect(parseSourcesParams({ isort: "password", idir: "sideways", dq: ["a", "b"] })).toMatchObject({
      isort: "position",
      idir: "asc",
      dq: "a",
      dsort: "position",
    });
  });
});

describe("containsPattern", () => {
  it("escapes LIKE wildcards so that 100% matches literally", () => {
    expect(containsPattern("100%_x")).toBe("%100\\%\\_x%");
  });
});
