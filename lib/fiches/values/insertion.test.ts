import { describe, it, expect } from "vitest";
import { parseInsertion } from "./insertion";

describe("parseInsertion", () => {
  it("reads a decimal-comma rate and its year", () => {
    expect(parseInsertion("68,67% en 2021, selon le centre. Chaque année la cellule réalise une enquête")).toMatchObject({
      rate: 68.67,
      year: 2021,
    });
  });
  it("takes the midpoint of a range and keeps the text", () => {
    expect(parseInsertion("70-80% des sortants")).toEqual({ text: "70-80% des sortants", rate: 75, year: null });
    expect(parseInsertion("entre 60 % et 70 %")?.rate).toBe(65);
  });
  it("reads a rate followed by a head count", () => {
    expect(parseInsertion("65% des 130 apprenants de 2020 ont un emploi")).toMatchObject({ rate: 65, year: 2020 });
    expect(parseInsertion("30 % des jeunes")?.rate).toBe(30);
  });
  it("never reads a percent inside a URL", () => {
    const t = "Voir https://www.afd.fr/fr/carte?filter%5b0%5d=pays%5b0%5d=mali rapport";
    expect(parseInsertion(t)?.rate).toBeNull();
    expect(parseInsertion("query%5b0%5d=1 et 45% en 2019")).toMatchObject({ rate: 45, year: 2019 });
  });
  it("keeps a text without a rate, and gives null for an empty one", () => {
    expect(parseInsertion("Pas de statistiques disponibles.")).toEqual({
      text: "Pas de statistiques disponibles.",
      rate: null,
      year: null,
    });
    expect(parseInsertion("  \n ")).toBeNull();
  });
});
