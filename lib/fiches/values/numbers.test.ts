import { describe, it, expect } from "vitest";
import { findFrenchNumbers, parseFrenchNumber } from "./numbers";

describe("parseFrenchNumber", () => {
  it.each([
    ["2.299", 2299],
    ["2 500", 2500],
    ["204 252", 204252],
    ["68,67", 68.67],
    ["1.000.000", 1000000],
    ["8,6", 8.6],
    ["2021", 2021],
  ])("%s -> %d", (s, n) => expect(parseFrenchNumber(s)).toBe(n));
  it("rejects what is not one number", () => {
    expect(parseFrenchNumber("12.5")).toBeNull();
    expect(parseFrenchNumber("75 37")).toBeNull();
    expect(parseFrenchNumber("abc")).toBeNull();
  });
});

describe("findFrenchNumbers", () => {
  it("does not glue two years nor phone pairs", () => {
    expect(findFrenchNumbers("2021 2022").map((n) => n.value)).toEqual([2021, 2022]);
    expect(findFrenchNumbers("75 23 81 35").map((n) => n.value)).toEqual([75, 23, 81, 35]);
  });
  it("joins space thousands", () => {
    expect(findFrenchNumbers("Ciblage de 1 500 villages").map((n) => n.value)).toEqual([1500]);
  });
});
