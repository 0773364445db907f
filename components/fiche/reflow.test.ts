import { describe, expect, it } from "vitest";
import { reflow } from "./reflow";

describe("reflow", () => {
  it("joins lines the PDF wrapped and keeps each bullet on its own line", () => {
    const value = [
      "- Volet alphabétisation : les frais d’inscription s’élèvent à 10.000 FCFA + 2.500",
      "FCFA par mois.",
      "- Volet formation professionnelle : le coût de la formation varie entre 200.000",
      "FCFA pour le maraichage.",
    ].join("\n");
    expect(reflow(value)).toEqual([
      "- Volet alphabétisation : les frais d’inscription s’élèvent à 10.000 FCFA + 2.500 FCFA par mois.",
      "- Volet formation professionnelle : le coût de la formation varie entre 200.000 FCFA pour le maraichage.",
    ]);
  });

  it("keeps sub-items (o), round bullets and a line after a 'Label :' heading apart", () => {
    const value = "PAFEEM :\nLe volet AGR est mis en œuvre\npar l’UNICEF.\n• 50 % des bénéficiaires\nsont des jeunes ;\no sous-point";
    expect(reflow(value)).toEqual([
      "PAFEEM :",
      "Le volet AGR est mis en œuvre par l’UNICEF.",
      "• 50 % des bénéficiaires sont des jeunes ;",
      "o sous-point",
    ]);
  });

  it("glues back a word cut at a line end, and keeps a dash between words", () => {
    expect(reflow("peut accompagner les micro-\nentrepreneurs, les PME\nsite : https://www.rmo-\njobcenter.com")).toEqual([
      "peut accompagner les micro-entrepreneurs, les PME site : https://www.rmo-jobcenter.com",
    ]);
    expect(reflow("Bamako -\nKayes")).toEqual(["Bamako - Kayes"]);
  });

  it("does not take a word starting with o for a sub-item bullet", () => {
    expect(reflow("formations\norganisées chaque année")).toEqual(["formations organisées chaque année"]);
  });
});
