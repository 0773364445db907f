import { describe, expect, it } from "vitest";
import { toSourceLines } from "./lines";
import { categoryOf, splitReport } from "./report";
import { ReportFormatError } from "./types";

const outline = (text: string[]) => splitReport(toSourceLines(text.join("\n\n")));

const REPORT = [
  "1. LISTE DES ACTEURS RENCONTRES ",
  "PTF OIM Responsable de cellule 09/11/2022 ",
  " 2. FICHES PARTENAIRES ",
  "Les Fiches Partenaires listent les partenaires potentiels ",
  "2.1. Partenariats possibles en vue de la réintégration des migrants de retour par ",
  "l’entrepreneuriat et l’accès aux services financiers ",
  "PARTENARIATS POSSIBLES DANS L’ENSEIGNEMENT PUBLIC ",
  "FICHE PARTENAIRE 1 : CFP MISSABOUGOU ",
  "CFP Missabougou ",
  "1. Un point numéroté dans une valeur ",
  " AUTRES ACTEURS CLES INTERVENANT EN FAVEUR DE L’INTEGRATION SOCIO-ECONOMIQUE DES MIGRANTS DE ",
  "RETOUR ",
  "FICHE PARTENAIRE 2 : UNION DES AMBASSADEURS (UDA) ",
  "Union des Ambassadeurs ",
  " 3. PARTENARIATS POSSIBLES EN VUE DE LA REINTEGRATION DES MIGRANTS DE RETOUR ",
  "VULNERABLES ",
  "FICHE PARTENAIRE 3 : UNICEF ",
  "UNICEF ",
  " 4. FICHES ACTEURS ",
  "FICHE ACTEUR 1 : GIZ ",
  "GIZ ",
  " 5. LISTE DES DOCUMENTS COLLECTES ET EXPLOITES ",
  "OCDE 2022 Panorama ",
];

describe("splitReport", () => {
  it("finds the numbered parts, with wrapped headings, by their words", () => {
    const { parts } = outline(REPORT);
    expect(parts.map((p) => p.kind)).toEqual(["interviews", "partners", "partners", "actors", "documents"]);
    expect(parts[2].heading).toBe(
      "3. PARTENARIATS POSSIBLES EN VUE DE LA REINTEGRATION DES MIGRANTS DE RETOUR VULNERABLES",
    );
    expect(parts[0].body.filter((l) => l.kind === "content").map((l) => l.text)).toEqual([
      "PTF OIM Responsable de cellule 09/11/2022",
    ]);
  });

  it("gives each fiche its category heading (wrapped) and its section heading", () => {
    const { fiches } = outline(REPORT);
    expect(fiches.map((f) => [f.type, f.number, f.title, f.category])).toEqual([
      ["partner", 1, "CFP MISSABOUGOU", "vocational-training"],
      ["partner", 2, "UNION DES AMBASSADEURS (UDA)", "key-actor"],
      ["partner", 3, "UNICEF", "vulnerable-protection"],
      ["actor", 1, "GIZ", null],
    ]);
    expect(fiches[1].categoryHeading).toBe(
      "AUTRES ACTEURS CLES INTERVENANT EN FAVEUR DE L’INTEGRATION SOCIO-ECONOMIQUE DES MIGRANTS DE RETOUR",
    );
    expect(fiches[0].sectionHeading).toBe(
      "2.1. Partenariats possibles en vue de la réintégration des migrants de retour par l’entrepreneuriat et l’accès aux services financiers",
    );
    expect(fiches[2].categoryHeading).toMatch(/^3\. PARTENARIATS.*VULNERABLES$/);
  });

  it("keeps a numbered line inside a fiche in the fiche (numbers must count upwards)", () => {
    const { fiches } = outline(REPORT);
    expect(fiches[0].body.filter((l) => l.kind === "content").map((l) => l.text)).toEqual([
      "CFP Missabougou",
      "1. Un point numéroté dans une valeur",
    ]);
  });

  it("rejects what is not such a report, with a line number", () => {
    expect(() => outline([])).toThrow(ReportFormatError);
    expect(() => outline(["", "   "])).toThrow(/line 1: empty file/);
    expect(() => outline(["Bonjour,", "voici une lettre."])).toThrow(/line 1: no partner section/);
    try {
      outline(["Préambule", "1. LISTE DES ACTEURS RENCONTRES", "2. FICHES PARTENAIRES", "Aucune fiche."]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReportFormatError);
      expect((e as ReportFormatError).line).toBe(5);
    }
  });
});

describe("categoryOf", () => {
  it("maps category headings to categories by their words", () => {
    expect(categoryOf("PARTENARIATS POSSIBLES AVEC DES INCUBATEURS")).toBe("incubator");
    expect(categoryOf("PARTENARIATS POSSIBLES AVEC DES INSTITUTIONS PUBLIQUES")).toBe("public-institution");
    expect(categoryOf("PARTENARIATS POSSIBLES AVEC DES ONG")).toBe("ngo");
    expect(categoryOf("PARTENARIATS POSSIBLES EN VUE DE FAVORISER L’ACCES AUX FINANCEMENTS")).toBe("finance");
    expect(
      categoryOf("PARTENARIATS POSSIBLES EN VUE DE LA REINTEGRATION A COURT TERME DES MIGRANTS DE RETOUR PAR LE SALARIAT"),
    ).toBe("wage-employment");
    expect(categoryOf("Quelque chose d’autre")).toBeNull();
  });
});
