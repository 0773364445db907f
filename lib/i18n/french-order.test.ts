import { describe, expect, it } from "vitest";
import { compareFrench } from "./french-order";

describe("compareFrench", () => {
  it("sorts names the French way, accented capitals among their letter", () => {
    expect(["Mopti", "Zèbre", "Ménaka", "Élan", "Bamako", "école"].sort(compareFrench)).toEqual(["Bamako", "école", "Élan", "Ménaka", "Mopti", "Zèbre"]);
  });

  it("puts a name that differs only by an accent right after its plain spelling, never far away", () => {
    expect(["segou", "Sikasso", "Ségou", "Sabalibougou"].sort(compareFrench)).toEqual(["Sabalibougou", "segou", "Ségou", "Sikasso"]);
  });
});
