import { describe, expect, it } from "vitest";
import { formatYears } from "./budget";

describe("formatYears", () => {
  it("joins start and end, and tolerates a missing bound", () => {
    expect(formatYears(2021, 2026)).toBe("2021–2026");
    expect(formatYears(2021, null)).toBe("2021–");
    expect(formatYears(2022, 2022)).toBe("2022");
    expect(formatYears(null, null)).toBeNull();
  });
});
