import { describe, it, expect } from "vitest";
import { parseCapacity } from "./capacity";

const figures = (t: string) => {
  const c = parseCapacity(t);
  return c && { min: c.min, max: c.max, unit: c.unit, period: c.period, unlimited: c.unlimited };
};

describe("parseCapacity", () => {
  it("reads an upper bound with its unit and period", () => {
    expect(figures("En plein régime, la structure peut accueillir jusqu’à 800 apprenants par an.")).toEqual({
      min: null,
      max: 800,
      unit: "apprenants",
      period: "year",
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
  it("reads vague quantities", () => {
    expect(figures("Il peut s’agir d’une centaine de personnes.")).toMatchObject({ min: 100, max: 100, unit: "personnes" });
    expect(figures("Une soixantaine d’entrepreneurs accompagnés")).toMatchObject({ min: 60, max: 60 });
    expect(figures("Plusieurs centaines de personnes par an")).toMatchObject({ min: 200, max: null, period: "year" });
  });
  it("says unlimited for 'Pas de limites' and skips the ages", () => {
    expect(figures("Pas de limites dès lors qu’ils entrent dans les critères (âgés entre 18 et 40 ans).")).toEqual({
      min: null,
      max: null,
      unit: null,
      period: null,
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
    expect(figures("dispose de 4 salles de 25 places")).toMatchObject({ max: 25, unit: "places" });
    expect(figures("En 2021, 90% de réussite, 10.000 FCFA, puis 5 000 élèves âgés de 18 à 35 ans")).toMatchObject({
      max: 5000,
      unit: "élèves",
    });
    expect(figures("Nombre de salariés placés : environ 4 000")).toMatchObject({ max: 4000, unit: "salariés" });
  });
  it("returns null without a head count", () => {
    expect(parseCapacity("L’ANPE dispose de 11 directions régionales.")).toBeNull();
    expect(parseCapacity("accès aux financements (2Scale, PAC-PME)")).toBeNull();
    expect(parseCapacity("Un bureau de coordination est établi à Bamako")).toBeNull();
    expect(parseCapacity("")).toBeNull();
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
    expect(figures("25 apprenants par groupe dans 11 ateliers")).toMatchObject({ max: 25, period: "cohort" });
  });
});
