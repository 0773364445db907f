import { describe, it, expect } from "vitest";
import { parseCapacity } from "./capacity";

const figures = (t: string) => {
  const c = parseCapacity(t);
  return c && { min: c.min, max: c.max, unit: c.unit, period: c.period, per: c.per, unlimited: c.unlimited };
};

describe("parseCapacity", () => {
  it("reads an upper bound with its unit and period", () => {
    expect(figures("En plein régime, la structure peut accueillir jusqu’à 800 apprenants par an.")).toEqual({
      min: null,
      max: 800,
      unit: "apprenants",
      period: "year",
      per: null,
      unlimited: false,
    });
  });
  it("reads ranges", () => {
    expect(figures("300 à 400")).toMatchObject({ min: 300, max: 400 });
    expect(figures("100 à 200 jeunes par an et par filière.")).toMatchObject({ min: 100, max: 200, unit: "jeunes" });
    expect(figures("Le centre pourrait accueillir de 40 à 60 migrants de retour")).toMatchObject({
      min: 40,
      max: 60,
      unit: "migrants de retour",
    });
    expect(figures("La ferme peut accueillir entre 15 et 20 jeunes sur 3 mois.")).toMatchObject({ min: 15, max: 20 });
  });
  it("reads a number said in words, and invents none from indefinite words", () => {
    expect(figures("Il peut s’agir d’une centaine de personnes.")).toMatchObject({ min: 100, max: 100, unit: "personnes" });
    expect(figures("Une soixantaine d’entrepreneurs accompagnés")).toMatchObject({ min: 60, max: 60 });
    // FP16, FP29: "plusieurs centaines" is no figure; the text is kept.
    expect(parseCapacity("Plusieurs centaines de personnes par an")).toEqual({
      text: "Plusieurs centaines de personnes par an",
      min: null,
      max: null,
      unit: null,
      period: null,
      per: null,
      unlimited: false,
    });
    expect(figures("CIRTIC pourrait absorber plusieurs centaines de migrants de retour.")).toMatchObject({ min: null, max: null });
    expect(figures("quelques dizaines de jeunes")).toMatchObject({ min: null, max: null });
  });

  it("keeps the text of a value without any figure (FP21, FP28, FP31, FP34)", () => {
    const text = "La BNDA dispose du premier réseau bancaire national et d’une bonne\ncouverture nationale.";
    expect(parseCapacity(text)).toMatchObject({ text: "La BNDA dispose du premier réseau bancaire national et d’une bonne couverture nationale.", min: null, max: null, unlimited: false });
  });

  it("keeps a figure that counts a part of the structure with that part, never as a total", () => {
    // FP5: 25 per group in 11 workshops is not 25 in all, nor 275.
    expect(figures("En plein régime, la structure peut accueillir 25 apprenants par groupe dans 11 ateliers.")).toMatchObject({
      min: 25,
      max: 25,
      unit: "apprenants",
      per: "groupe",
    });
    // FP7: 4 rooms of 25 places is not a total of 25.
    expect(figures("L’Atelier École de Kayes dispose de 4 salles de 25 places")).toMatchObject({ max: 25, unit: "places", per: "salle" });
    expect(figures("100 à 200 jeunes par an et par filière.")).toMatchObject({ min: 100, max: 200, period: "year", per: "filière" });
    expect(figures("soit 20 entreprises par localité")).toMatchObject({ max: 20, per: "localité" });
    // A period is not a part: per cohort is the whole structure at a time.
    expect(figures("L’école peut accueillir plus de 200 apprenants par cohorte")).toMatchObject({ per: null, period: "cohort" });
  });
  it("says unlimited for 'Pas de limites' and skips the ages", () => {
    expect(figures("Pas de limites dès lors qu’ils entrent dans les critères (âgés entre 18 et 40 ans).")).toEqual({
      min: null,
      max: null,
      unit: null,
      period: null,
      per: null,
      unlimited: true,
    });
  });
  it("knows cohorts, months and totals", () => {
    expect(figures("L’école peut accueillir plus de 200 apprenants par cohorte")).toMatchObject({
      min: 200,
      max: null,
      period: "cohort",
    });
    expect(figures("Jusqu’à 600 migrants accueillis par an, soit 50 par mois.")).toMatchObject({ max: 600, period: "year" });
    expect(figures("50 personnes par mois")).toMatchObject({ max: 50, period: "month" });
    expect(figures("Au total, 2.299 apprenants ont été formés, parmi lesquels 925 filles.")).toMatchObject({
      min: 2299,
      unit: "apprenants",
      period: "total",
    });
  });
  it("prefers a people figure over rooms, years, ages, money and percentages", () => {
    expect(figures("dispose de 4 salles de 25 places")).toMatchObject({ max: 25, unit: "places", per: "salle" });
    expect(figures("En 2021, 90% de réussite, 10.000 FCFA, puis 5 000 élèves âgés de 18 à 35 ans")).toMatchObject({
      max: 5000,
      unit: "élèves",
    });
    expect(figures("Nombre de salariés placés : environ 4 000")).toMatchObject({ max: 4000, unit: "salariés" });
  });
  it("gives no figure without a head count, and null only for an empty text", () => {
    expect(figures("L’ANPE dispose de 11 directions régionales.")).toMatchObject({ min: null, max: null, unit: null });
    expect(figures("accès aux financements (2Scale, PAC-PME)")).toMatchObject({ min: null, max: null });
    expect(figures("Un bureau de coordination est établi à Bamako")).toMatchObject({ min: null, max: null });
    expect(parseCapacity("")).toBeNull();
    expect(parseCapacity("  \n ")).toBeNull();
  });
  it("prefers a figure said as a capacity, then people, then organisations", () => {
    expect(figures("Le nombre actuel des élèves est de 218. Le Centre peut accueillir 300 apprenants.")).toMatchObject({
      max: 300,
      unit: "apprenants",
    });
    expect(figures("• 20 entreprises en programme d’accélération ;\n• Sensibilisation de près de 500 jeunes.")).toMatchObject({
      max: 500,
      unit: "jeunes",
    });
    expect(figures("20 entreprises soutenues par l’ONG")).toMatchObject({ max: 20, unit: "entreprises" });
    // Lodging is not a capacity to train: the count of pupils stays first.
    expect(figures("Le nombre actuel des élèves est de 218. Le Centre peut également héberger plus de 100 jeunes.")).toMatchObject({
      max: 218,
      unit: "élèves",
    });
    expect(figures("En 2019, 40 jeunes formés ; 20 migrants de retour peuvent être accompagnés.")).toMatchObject({
      max: 20,
      unit: "migrants de retour",
    });
  });
  it("reads a target over several years as a multi-year total", () => {
    expect(figures("projet qui ciblait 1 300 migrants de retour sur 5 ans (hors FFU).")).toMatchObject({
      max: 1300,
      unit: "migrants de retour",
      period: "total",
    });
    expect(figures("25 apprenants par groupe dans 11 ateliers")).toMatchObject({ max: 25, period: null, per: "groupe" });
  });
});
