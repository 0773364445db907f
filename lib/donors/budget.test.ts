import { describe, expect, it } from "vitest";
import { formatBudget, formatYears } from "./budget";

// Intl uses narrow no-break spaces as French group separators: compare without them.
const plain = (s: string | null) => s?.replace(/[\u202f\u00a0]/g, " ");

describe("formatBudget", () => {
  it("formats amounts the French way with the currency", () => {
    expect(plain(formatBudget(60_000_000, "USD"))).toBe("60 000 000 $US");
    expect(plain(formatBudget(3_700_000, "EUR"))).toBe("3 700 000 €");
    expect(plain(formatBudget(8_600_000_000, "XOF"))).toMatch(/^8 600 000 000 F\s?CFA$/);
  });

  it("keeps an unknown currency code instead of failing", () => {
    expect(plain(formatBudget(1500, "ZZZZ"))).toBe("1 500 ZZZZ");
  });

  it("returns the figure alone without currency, and null without amount", () => {
    expect(plain(formatBudget(24_000_000, null))).toBe("24 000 000");
    expect(formatBudget(null, "EUR")).toBeNull();
  });
});

describe("formatYears", () => {
  it("joins start and end, and tolerates a missing bound", () => {
    expect(formatYears(2021, 2026)).toBe("2021–2026");
    expect(formatYears(2021, null)).toBe("2021–");
    expect(formatYears(2022, 2022)).toBe("2022");
    expect(formatYears(null, null)).toBeNull();
  });
});
