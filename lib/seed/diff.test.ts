import { describe, expect, it } from "vitest";
import { collectionChange, effective, sameValue, scalarChanges } from "./diff";

describe("scalarChanges", () => {
  const current = { name: "Old", cities: ["Bamako"], founded: 1998, costs: "Gratuit" };

  it("returns only the fields that differ", () => {
    expect(scalarChanges({ name: "New", cities: ["Bamako"], founded: 1998 }, current, [])).toEqual({ name: "New" });
  });

  it("compares arrays by content and treats undefined as null", () => {
    expect(scalarChanges({ cities: ["Bamako", "Kati"] }, current, [])).toEqual({ cities: ["Bamako", "Kati"] });
    expect(scalarChanges({ acronym: null }, { acronym: undefined }, [])).toEqual({});
  });

  it("never returns a field an admin edited", () => {
    expect(scalarChanges({ name: "New", costs: "Payant" }, current, ["costs"])).toEqual({ name: "New" });
  });
});

describe("collectionChange", () => {
  const rows = [{ position: 0, name: "Mécanique auto", durationMonths: 13 }];

  it("is null when the rows are the same, in the same order", () => {
    expect(collectionChange("trainings", rows, [{ ...rows[0] }], [])).toBeNull();
  });

  it("returns the desired rows when they differ", () => {
    const desired = [{ ...rows[0], durationMonths: 12 }];
    expect(collectionChange("trainings", desired, rows, [])).toBe(desired);
  });

  it("is null for an admin-edited collection even when it differs", () => {
    expect(collectionChange("trainings", [], rows, ["trainings"])).toBeNull();
  });
});

describe("effective and sameValue", () => {
  it("prefers the current value only for edited names", () => {
    expect(effective("costs", "report", "admin", ["costs"])).toBe("admin");
    expect(effective("costs", "report", "admin", [])).toBe("report");
    expect(effective("costs", "report", undefined, ["costs"])).toBe("report");
  });

  it("compares dates by instant", () => {
    expect(sameValue(new Date("2023-05-12T00:00:00Z"), new Date("2023-05-12T00:00:00.000Z"))).toBe(true);
    expect(sameValue(new Date("2023-05-12T00:00:00Z"), new Date("2023-05-13T00:00:00Z"))).toBe(false);
  });
});
