import { describe, expect, it } from "vitest";
import { formatPeriod } from "./period";

describe("formatPeriod", () => {
  it("names the months of the interviews once with their year", () => {
    expect(formatPeriod({ from: "2022-11-01", to: "2022-12-29" }, "fr")).toBe("nov.–déc. 2022");
    expect(formatPeriod({ from: "2022-11-01", to: "2022-12-29" }, "en")).toBe("Nov–Dec 2022");
  });

  it("gives one month, or both years across a new year", () => {
    expect(formatPeriod({ from: "2022-11-03", to: "2022-11-20" }, "fr")).toBe("nov. 2022");
    expect(formatPeriod({ from: "2022-12-15", to: "2023-01-10" }, "fr")).toBe("déc. 2022 – janv. 2023");
  });

  it("is null when the report dates no interview", () => {
    expect(formatPeriod({ from: null, to: null }, "fr")).toBeNull();
  });
});
