import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toSourceLines as sourceLines } from "../lines";
import { parseDocuments } from "./documents";

const HEADER = "Organisation / Auteur Date Titre \n\n";
const rows = (text: string) => parseDocuments(sourceLines(HEADER + text)).documents.map((d) => [d.author, d.year, d.title]);

describe("parseDocuments", () => {
  it("reads a row that fits on one line", () => {
    const { documents, warnings } = parseDocuments(sourceLines(HEADER + "OCDE 2022 Panorama de l’émigration malienne "));
    expect(documents).toEqual([{ author: "OCDE", year: 2022, title: "Panorama de l’émigration malienne", lines: [3, 3] }]);
    expect(warnings).toEqual([]);
  });

  it("joins a title wrapped over lines, with blank lines between", () => {
    expect(rows("AFD 2020 \nNote De Communication Publique D’Opération - ACEFOR 2 (Ségou et \n\nSikasso) \n\nFIDA 2020 L’avenir de l’agriculture au Mali")).toEqual([
      ["AFD", 2020, "Note De Communication Publique D’Opération - ACEFOR 2 (Ségou et Sikasso)"],
      ["FIDA", 2020, "L’avenir de l’agriculture au Mali"],
    ]);
  });

  it("reads an author wrapped over lines, the year opening the next line", () => {
    expect(rows("AFD 2014 Note - ACEFOR (Ségou et Sikasso) \nAmbassade du \n\nDanemark \n2020 Étude sur la formation professionnelle au Mali")).toEqual([
      ["AFD", 2014, "Note - ACEFOR (Ségou et Sikasso)"],
      ["Ambassade du Danemark", 2020, "Étude sur la formation professionnelle au Mali"],
    ]);
  });

  it("leaves the end of the previous title out of a wrapped author", () => {
    const text =
      "OIT 2019 \nEnquête de suivi des jeunes bénéficiaires des fonds d’appui à l’entreprenariat dans sa zone \nd'intervention \n" +
      "Observatoire National \nde l’Emploi et de la \nFormation (ONEF) \n2018 \nIdentification des filières porteuses";
    expect(rows(text)).toEqual([
      ["OIT", 2019, "Enquête de suivi des jeunes bénéficiaires des fonds d’appui à l’entreprenariat dans sa zone d'intervention"],
      ["Observatoire National de l’Emploi et de la Formation (ONEF)", 2018, "Identification des filières porteuses"],
    ]);
  });

  it("leaves a closing parenthesis of the previous title out of a wrapped author", () => {
    const text = "AFD 2020 \nNote - ACEFOR 2 (Ségou et \nSikasso) \nCatalyseurs de \nDéveloppement C2D \n2021 \nRapport diagnostic";
    expect(rows(text)).toEqual([
      ["AFD", 2020, "Note - ACEFOR 2 (Ségou et Sikasso)"],
      ["Catalyseurs de Développement C2D", 2021, "Rapport diagnostic"],
    ]);
  });

  it("keeps years, ranges and dates that sit inside a title", () => {
    const text =
      "FIDA 2021 \nl’avenir de l’agriculture au Mali : 2030-2063, étude de cas \n" +
      "UE 2020 Programmation Conjointe Européenne au \nMali 2020 - 2024 \n" +
      "OIM 2022 Tableau de bord 8, Protection des migrants, Mali, Octobre 2022 \n" +
      "FIDA 2018 \nRapport - Financement inclusif des filières agricoles \n(INCLUSIF), 2018-2024";
    expect(rows(text)).toEqual([
      ["FIDA", 2021, "l’avenir de l’agriculture au Mali : 2030-2063, étude de cas"],
      ["UE", 2020, "Programmation Conjointe Européenne au Mali 2020 - 2024"],
      ["OIM", 2022, "Tableau de bord 8, Protection des migrants, Mali, Octobre 2022"],
      ["FIDA", 2018, "Rapport - Financement inclusif des filières agricoles (INCLUSIF), 2018-2024"],
    ]);
  });

  it("reads rows that start after a page break", () => {
    expect(rows("Gouvernement du Mali 2016 Loi n°2016-26 \n Karambé Y. 2019 Le Parcours Professionnel des Jeunes")).toEqual([
      ["Gouvernement du Mali", 2016, "Loi n°2016-26"],
      ["Karambé Y.", 2019, "Le Parcours Professionnel des Jeunes"],
    ]);
  });

  it("reports lines before the first row and a row with no title", () => {
    const { documents, warnings } = parseDocuments(sourceLines(HEADER + "Liste arrêtée en décembre \nOFII 2020"));
    expect(documents.map((d) => d.author)).toEqual(["OFII"]);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [3, "unplaced-line"],
      [4, "document-title-missing"],
    ]);
  });
});

describe("parseDocuments on the report", () => {
  const text = readFileSync(path.join(process.cwd(), "seeds/000_b0b3eacde88cb4a8.txt"), "utf8").replace(/^\uFEFF/, "");
  const all = sourceLines(text.split(/\r?\n/).join("\n"));
  const start = all.findIndex((l) => /^5\.\s+LISTE DES DOCUMENTS/.test(l.text));
  const { documents, warnings } = parseDocuments(all.slice(start + 1));

  it("finds the 64 documents without warnings", () => {
    expect(documents).toHaveLength(64);
    expect(warnings).toEqual([]);
  });

  it("attributes them to the authors the report lists", () => {
    const counts: Record<string, number> = {};
    for (const d of documents) counts[d.author] = (counts[d.author] ?? 0) + 1;
    expect(counts).toMatchObject({
      AFD: 3,
      "Ambassade du Danemark": 1,
      "Altai Consulting": 1,
      "Banque mondiale": 5,
      "Barussard S.": 1,
      "Catalyseurs de Développement C2D": 1,
      Catalystas: 1,
      FAO: 1,
      FIDA: 5,
      GIZ: 2,
      "Gouvernement du Mali": 2,
      "Karambé Y.": 1,
      LuxDev: 4,
      "Ministère de l’Économie et des Finances": 2,
      "Ministère de l'Emploi et de la Formation Professionnelle": 2,
      "Ministères des Maliens de l’Extérieur": 2,
      "Observatoire National de l’Emploi et de la Formation (ONEF)": 3,
      OCDE: 1,
      OFII: 1,
      OIM: 13,
      OIT: 3,
      "Samuel Hall": 2,
      SNV: 1,
      Swisscontact: 1,
      UE: 4,
    });
    const threeMinistries = documents.find((d) => d.author.startsWith("Ministère de l'Éducation Nationale"));
    expect(threeMinistries?.author).toMatch(/Recherche Scientifique et le Ministère de la Jeunesse, de l'Emploi et de la Construction Citoyenne$/);
    expect(threeMinistries?.year).toBe(2019);
  });

  it("dates every document between 2009 and 2022", () => {
    for (const d of documents) expect(d.year! >= 2009 && d.year! <= 2022).toBe(true);
  });
});
