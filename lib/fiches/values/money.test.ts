import { describe, it, expect } from "vitest";
import { parseMoney } from "./money";

const amount = (t: string) => {
  const m = parseMoney(t);
  return m && [m.amount, m.currency];
};

describe("parseMoney", () => {
  it.each([
    ["10.000 FCFA", 10000, "XOF"],
    ["10.000 F CFA par formation", 10000, "XOF"],
    ["25 000 FCFA", 25000, "XOF"],
    ["2 000 FCFA/ jour", 2000, "XOF"],
    ["60 millions USD", 60000000, "USD"],
    ["60 milliards de FCFA", 60000000000, "XOF"],
    ["8,6 milliards FCFA", 8600000000, "XOF"],
    ["1,98 million EUR", 1980000, "EUR"],
    ["877 505 EUR", 877505, "EUR"],
    ["1.500.000 USD", 1500000, "USD"],
    ["8,1 millions CHF", 8100000, "CHF"],
  ])("%s", (t, a, c) => expect(amount(t)).toEqual([a, c]));

  it("takes the upper bound of a range and keeps the text", () => {
    expect(parseMoney("50.000 à 300.000 EUR")).toEqual({ amount: 300000, currency: "EUR", text: "50.000 à 300.000 EUR", parts: [] });
    expect(amount("15 000 et 125 000 EUR")).toEqual([125000, "EUR"]);
    expect(amount("entre 40.000 et 135.000 FCFA par année")).toEqual([135000, "XOF"]);
  });
  it("keeps a bare amount without currency", () => {
    expect(amount("345.000 pour la menuiserie")).toEqual([345000, null]);
    expect(amount("24 millions dont un cofinancement de 2,5 millions")).toEqual([24000000, null]);
  });
  it("takes the first amount of several", () => {
    expect(amount("24 millions EUR dont un cofinancement de 2,5 millions")).toEqual([24000000, "EUR"]);
  });
  it("keeps every phase or share listed without a total, and their total (FA3, FA4)", () => {
    expect(parseMoney("Phase I (9 millions EUR) et phase II (15 millions EUR)")).toEqual({
      amount: 24000000,
      currency: "EUR",
      text: "Phase I (9 millions EUR) et phase II (15 millions EUR)",
      parts: [
        { label: "Phase I", amount: 9000000, currency: "EUR" },
        { label: "phase II", amount: 15000000, currency: "EUR" },
      ],
    });
    const fa4 = parseMoney("20 millions EUR (FFU), 0,5 million EUR (Ambassade des Pays-Bas) et 0,4 million EUR\n(Gouvernement du Mali)");
    expect(fa4).toMatchObject({ amount: 20900000, currency: "EUR" });
    expect(fa4?.parts.map((p) => [p.label, p.amount])).toEqual([
      ["FFU", 20000000],
      ["Ambassade des Pays-Bas", 500000],
      ["Gouvernement du Mali", 400000],
    ]);
  });
  it("keeps a stated total, and adds no parts to it", () => {
    expect(parseMoney("41,9 millions EUR (Coopération luxembourgeoise : 37,1 millions EUR et\nMinistère du Développement rural : 4,8 millions EUR).")).toMatchObject({
      amount: 41900000,
      parts: [],
    });
    expect(parseMoney("16 millions EUR : Coopération luxembourgeoise (8 millions EUR) et Coopération Suisse (8\nmillions EUR).")).toMatchObject({
      amount: 16000000,
      parts: [],
    });
    expect(parseMoney("6,5 millions EUR (phase I)")).toMatchObject({ amount: 6500000, parts: [] });
  });
  it("does not read project codes, years or percentages as amounts", () => {
    expect(amount("• MLI/021 : 41,9 millions EUR")).toEqual([41900000, "EUR"]);
    expect(amount("2SCALE : 3 millions EUR")).toEqual([3000000, "EUR"]);
    expect(amount("2019-2024 (24 millions EUR)")).toEqual([24000000, "EUR"]);
    expect(amount("70% de 2 500 USD")).toEqual([2500, "USD"]);
  });
  it("gives a null amount for Non communiqué and null for an empty text", () => {
    expect(parseMoney("Non communiqué")).toEqual({ amount: null, currency: null, text: "Non communiqué", parts: [] });
    expect(parseMoney("  ")).toBeNull();
  });
});
