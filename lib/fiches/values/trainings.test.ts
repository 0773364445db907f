import { describe, it, expect } from "vitest";
import { parseDurationMonths, parseTrainings } from "./trainings";

describe("parseDurationMonths", () => {
  it.each([
    ["13 mois", 13],
    ["2 ans", 24],
    ["3 ans", 36],
    ["45 jours", 1.5],
    ["de 3 à 6 mois", 6],
    ["6 mois d’apprentissage et 3 mois de stage pratique", 9],
    ["trois ans", 36],
  ])("%s -> %d", (t, m) => expect(parseDurationMonths(t)).toBe(m));
  it("returns null without a duration", () => expect(parseDurationMonths("variable")).toBeNull());
});

describe("parseTrainings", () => {
  it("reads bullets with and without durations, keeping '(perspective)'", () => {
    const t = parseTrainings(
      "Les filières proposées sont :\n- Mécanique auto : 13 mois\n- Réparation des engins à deux roues\n- Pisciculture (perspective)",
    );
    expect(t).toEqual([
      { name: "Mécanique auto", durationMonths: 13 },
      { name: "Réparation des engins à deux roues", durationMonths: null },
      { name: "Pisciculture (perspective)", durationMonths: null },
    ]);
  });
  it("drops bullet punctuation and a closing note", () => {
    const t = parseTrainings("- Construction métallique ;\n- Maintenance d’engins lourds.\nLe nombre de modules varie entre 13 (885 heures) et 24.");
    expect(t.map((x) => x.name)).toEqual(["Construction métallique", "Maintenance d’engins lourds"]);
  });
  it("splits level bullets listing courses, across wrapped lines, without duplicates", () => {
    const t = parseTrainings(
      "• CAP : Électricité Bâtiment, Mécanique auto, Construction\nmétallique et Menuiserie aluminium.\n• BT : Construction métallique et Menuiserie aluminium, Mécatronique,\nEntrepreneuriat agricole ;",
    );
    expect(t.map((x) => x.name)).toEqual([
      "Électricité Bâtiment",
      "Mécanique auto",
      "Construction métallique et Menuiserie aluminium",
      "Mécatronique",
      "Entrepreneuriat agricole",
    ]);
  });
  it("skips group headers and sums apprenticeship and internship", () => {
    const t = parseTrainings(
      "Filière transformation des produits agricoles :\n• Ouvrier qualifié en transformation des céréales : 5 mois\nd’apprentissage et 3 mois de stage pratique ;\n• Ouvrier qualifié en fruits et légumes Durée : 3 mois\nd’apprentissage et 2 mois de stage pratique.\nFilière Gestion de l’eau\n• Ouvrier qualifié en irrigation : 6 mois d’apprentissage et 3 mois de stage pratique.",
    );
    expect(t).toEqual([
      { name: "Ouvrier qualifié en transformation des céréales", durationMonths: 8 },
      { name: "Ouvrier qualifié en fruits et légumes", durationMonths: 5 },
      { name: "Ouvrier qualifié en irrigation", durationMonths: 9 },
    ]);
  });
  it("reads a list in prose", () => {
    expect(parseTrainings("Les filières proposées sont : couture, teinture et savonnerie.").map((x) => x.name)).toEqual([
      "couture",
      "teinture",
      "savonnerie",
    ]);
  });
});
