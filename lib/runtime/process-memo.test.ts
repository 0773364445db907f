import { describe, expect, it } from "vitest";
import { processMemo } from "./process-memo";

describe("processMemo", () => {
  it("makes each key's value once and gives the same value after", () => {
    let made = 0;
    const format = processMemo((locale: string) => ({ locale, n: ++made }), 10);
    const fr = format("fr");
    expect(format("fr")).toBe(fr);
    expect(format("en")).not.toBe(fr);
    expect(made).toBe(2);
  });

  it("keeps at most `max` keys: a full map starts again, and every key still gets its value", () => {
    let made = 0;
    const square = processMemo((n: number) => (made++, n * n), 3);
    for (const n of [1, 2, 3]) square(n);
    expect(made).toBe(3);
    expect(square(4)).toBe(16); // full: emptied, then 4 kept
    expect(made).toBe(4);
    expect(square(4)).toBe(16);
    expect(made).toBe(4);
    expect(square(1)).toBe(1); // made again after the reset
    expect(made).toBe(5);
  });
});
