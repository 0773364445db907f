import { describe, expect, it } from "vitest";
import { hsdsId, organizationRowId } from "./ids";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("HSDS ids", () => {
  it("are version-8 UUIDs, the same for the same record and different across entities and parts", () => {
    expect(hsdsId("organization", 42)).toMatch(UUID);
    expect(hsdsId("supportArea", 7, 3, 11)).toMatch(UUID);
    expect(hsdsId("organization", 42)).toBe(hsdsId("organization", 42));
    const ids = [hsdsId("organization", 42), hsdsId("funding", 42), hsdsId("supportArea", 42, 1, 0), hsdsId("supportArea", 42, 0, 1), hsdsId("trainingArea", 42, 0, 1)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("give back the partner row of an organization id, and nothing for other ids or strings", () => {
    expect(organizationRowId(hsdsId("organization", 42))).toBe(42);
    expect(organizationRowId(hsdsId("organization", 2 ** 40).toUpperCase())).toBe(2 ** 40);
    expect(organizationRowId(hsdsId("funding", 42))).toBeNull();
    expect(organizationRowId("cfp-missabougou")).toBeNull();
    expect(organizationRowId("00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("refuse ids they cannot encode", () => {
    expect(() => hsdsId("organization", -1)).toThrow(RangeError);
    expect(() => hsdsId("organization", 1.5)).toThrow(RangeError);
    expect(() => hsdsId("supportArea", 1, 4096)).toThrow(RangeError);
  });
});
