import { describe, expect, it } from "vitest";
import { nextSort, readSort, sortDirection, sortValues } from "./table-sort";

describe("the sort convention of URL-driven tables", () => {
  it("accepts each key ascending and, with a leading minus, descending", () => {
    expect(sortValues(["name", "year"] as const)).toEqual(["name", "-name", "year", "-year"]);
    expect(readSort("-year")).toEqual({ id: "year", desc: true });
    expect(readSort("name")).toEqual({ id: "name", desc: false });
  });

  it("reverses the column that sorts and starts another in its first direction", () => {
    expect(nextSort("name", "name")).toBe("-name");
    expect(nextSort("-name", "name")).toBe("name");
    expect(nextSort("name", "capacity", true)).toBe("-capacity");
    expect(nextSort("relevance", "year")).toBe("year");
  });

  it("says which column sorts, and which way", () => {
    expect(sortDirection("-capacity", "capacity")).toBe("desc");
    expect(sortDirection("capacity", "capacity")).toBe("asc");
    expect(sortDirection("-capacity", "capacityX")).toBeNull();
  });
});
