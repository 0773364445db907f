import { describe, expect, it } from "vitest";
import { compareFrench } from "./french-order";

describe("compareFrench", () => {
  it("sorts names the French way, accented capitals among their letter", () => {
    expect(["Mopti", "Zèbre", "Ménaka", "Élan", "Bamako", "école"].sort(compareFrench)).toEqual(["Bamako", "école", "Élan", "Ménaka", "Mopti", "Zèbre"]);
  });

  it("ties names that differ only by accents or case, for the caller's next key to decide", () => {
    expect(compareFrench("Ségou", "segou")).toBe(0);
    expect(compareFrench("AFD", "afd")).toBe(0);
  });
});
