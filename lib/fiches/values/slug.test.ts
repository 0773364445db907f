import { describe, it, expect } from "vitest";
import { extractAcronym, ficheAcronym, slugify } from "./slug";

describe("slugify", () => {
  it("folds accents, case and punctuation into hyphens", () => {
    expect(slugify("CENTRE PERE MICHEL (CPM)")).toBe("centre-pere-michel-cpm");
    expect(slugify("Société Africaine d’Études et de Réalisations")).toBe("societe-africaine-d-etudes-et-de-realisations");
    expect(slugify("Relation Main d'œuvre")).toBe("relation-main-d-oeuvre");
    expect(slugify("I&P")).toBe("i-et-p");
  });
  it("keeps at most 80 characters without a trailing hyphen", () => {
    const s = slugify("Programme d’Appui à la Formation Professionnelle ".repeat(4));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith("-")).toBe(false);
    expect(s.startsWith("programme-d-appui")).toBe(true);
  });
});

describe("extractAcronym", () => {
  it.each([
    ["CFP SENOU (CFPS)", "CFPS"],
    ["CENTRE PERE MICHEL (CPM)", "CPM"],
    ["AGENCE POUR LA PROMOTION DE L’EMPLOI DES JEUNES (APEJ)", "APEJ"],
    ["UNICEF", "UNICEF"],
    ["INVESTISSEURS ET PARTENAIRES (I&P)", "I&P"],
    ["GROUPE BANQUE MONDIALE", null],
    ["Caritas (Suisse)", null],
  ])("%s -> %s", (t, a) => expect(extractAcronym(t)).toBe(a));
});

describe("ficheAcronym", () => {
  it("does not take a one-word heading for an acronym when the fiche writes the word in lower case", () => {
    expect(ficheAcronym("CREATEAM", "Createam", ["Createam accompagne des jeunes"])).toBeNull();
    expect(ficheAcronym("SWISSCONTACT", "Swisscontact", [])).toBeNull();
    expect(ficheAcronym("DONILAB", "DONILAB", ["Donilab peut répondre aux besoins"])).toBeNull();
  });
  it("keeps a one-word heading the fiche always writes in capitals, addresses aside", () => {
    expect(ficheAcronym("UNICEF", "UNICEF", ["l’UNICEF collabore avec l’OIM", "bamako@unicef.org", "www.unicef.org/mali"])).toBe("UNICEF");
  });
  it("keeps the casing of the line under the heading", () => {
    expect(
      ficheAcronym("SOCIETE AFRICAINE D’ÉTUDES ET DE REALISATIONS (SAER-EMPLOI)", "Société Africaine d’Études et de Réalisations (SAER-Emploi)", []),
    ).toBe("SAER-Emploi");
    expect(ficheAcronym("CFP SENOU (CFPS)", "CFP Sénou (CFPS)", [])).toBe("CFPS");
    expect(ficheAcronym("GROUPE BANQUE MONDIALE", "Groupe Banque Mondiale", [])).toBeNull();
  });
});
