import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toSourceLines as sourceLines } from "../lines";
import { parseInterviews } from "./interviews";

const HEADER = "Type d’acteur Organisation Position \n\nDate de la \n\nrencontre \n\n";

describe("parseInterviews", () => {
  it("reads a one-line row and turns the date into ISO", () => {
    const { interviews, warnings } = parseInterviews(sourceLines(HEADER + "PTF OIM Responsable de cellule 09/11/2022 "));
    expect(interviews).toEqual([
      { actorType: "PTF", organisation: "OIM", position: "Responsable de cellule", date: "2022-11-09", duplicate: false, lines: [7, 7] },
    ]);
    expect(warnings).toEqual([]);
  });

  it("joins a type wrapped over lines, a wrapped organisation and a date alone on its line", () => {
    const text =
      HEADER +
      "Partenaire \n\ngouvernemental \n\nAgence Nationale pour l’Emploi \n\n(ANPE) \n\nChef de Département - \n\nDirection Générale \n\n02/11/2022 ";
    const [row] = parseInterviews(sourceLines(text)).interviews;
    expect(row.actorType).toBe("Partenaire gouvernemental");
    expect(row.organisation).toBe("Agence Nationale pour l’Emploi (ANPE)");
    expect(row.position).toBe("Chef de Département - Direction Générale");
    expect(row.lines).toEqual([7, 19]);
  });

  it("keeps a sub-unit with its organisation: the position starts at the first title word", () => {
    const text = HEADER + "Partenaire \ngouvernemental \nMEFP \nDirection Nationale de l’Emploi (DNE) \nDirecteur 10/11/2022 ";
    const [row] = parseInterviews(sourceLines(text)).interviews;
    expect(row.organisation).toBe("MEFP Direction Nationale de l’Emploi (DNE)");
    expect(row.position).toBe("Directeur");
  });

  it("tells `Conseil Régional` (an organisation) from `Conseiller` (a position)", () => {
    const [a, b] = parseInterviews(
      sourceLines(HEADER + "Partenaire \ngouvernemental \nConseil Régional de Kayes Secrétaire Général 09/11/2022 \nPTF Ambassade des Pays-Bas \nConseiller en développement \n07/11/2022"),
    ).interviews;
    expect([a.organisation, a.position]).toEqual(["Conseil Régional de Kayes", "Secrétaire Général"]);
    expect([b.organisation, b.position]).toEqual(["Ambassade des Pays-Bas", "Conseiller en développement"]);
  });

  it("reads titles that open with a modifier or end with an English head noun", () => {
    const { interviews } = parseInterviews(
      sourceLines(HEADER + "PTF Ambassade du Danemark Première Secrétaire 10/11/2022 \n PTF PNUD \nYouth Entrepreneurship \nProject Officer \n07/11/2022"),
    );
    expect(interviews.map((r) => [r.organisation, r.position])).toEqual([
      ["Ambassade du Danemark", "Première Secrétaire"],
      ["PNUD", "Youth Entrepreneurship Project Officer"],
    ]);
  });

  it("closes a row that has no date at the next actor type, and says so", () => {
    const text = HEADER + "Partenaire \ngouvernemental \nMinistère National de l’Artisanat Directeur National  \nPartenaire \ngouvernemental \nANPE Chef de service Migration 02/11/2022";
    const { interviews, warnings } = parseInterviews(sourceLines(text));
    expect(interviews.map((r) => [r.organisation, r.position, r.date])).toEqual([
      ["Ministère National de l’Artisanat", "Directeur National", null],
      ["ANPE", "Chef de service Migration", "2022-11-02"],
    ]);
    expect(warnings).toEqual([expect.objectContaining({ line: 7, code: "interview-date-missing" })]);
  });

  it("reads a type wrapped over three lines after a page-break space", () => {
    const [row] = parseInterviews(sourceLines(HEADER + " Centre de \nformation \nprofessionnelle \nCFP Missabougou Directrice 01/11/2022")).interviews;
    expect(row).toMatchObject({ actorType: "Centre de formation professionnelle", organisation: "CFP Missabougou", position: "Directrice" });
  });

  it("flags the copies of a meeting listed under a second actor type, not the original", () => {
    const text =
      HEADER +
      "Incubateur - SAE Donilab Directeur 01/11/2022 \n" +
      "Centre de \nformation \nprofessionnelle \nCFP Missabougou Directrice 01/11/2022 \n" +
      "Centre de \nformation \nprofessionnelle \nDonilab Directeur 01/11/2022 \n" +
      "Centre de \nformation \nprofessionnelle \nDonilab Directeur 01/11/2022";
    const { interviews } = parseInterviews(sourceLines(text));
    expect(interviews.map((r) => [r.actorType, r.organisation, r.duplicate])).toEqual([
      ["Incubateur - SAE", "Donilab", false],
      ["Centre de formation professionnelle", "CFP Missabougou", false],
      ["Centre de formation professionnelle", "Donilab", true],
      ["Centre de formation professionnelle", "Donilab", true],
    ]);
  });

  it("keeps the type the organisation's other meetings agree with, even when the copy comes first", () => {
    const text =
      HEADER +
      "OSC Enda Chargé de Programme 08/11/2022 \n" +
      "Entreprise Enda Directeur pays 08/11/2022 \n" +
      "Entreprise Enda Chargé de Programme 08/11/2022 \n" +
      "Entreprise Enda Chef de projet 09/11/2022";
    const { interviews } = parseInterviews(sourceLines(text));
    expect(interviews.map((r) => r.duplicate)).toEqual([true, false, false, false]);
  });

  it("does not flag two different meetings with the same organisation", () => {
    const { interviews } = parseInterviews(sourceLines(HEADER + "PTF AFD Directrice Pays 03/11/2022 \nPTF AFD Directeur Adjoint 03/11/2022"));
    expect(interviews.map((r) => r.duplicate)).toEqual([false, false]);
  });

  it("reports a line that belongs to no row, and an impossible date", () => {
    const { interviews, warnings } = parseInterviews(sourceLines(HEADER + "PTF OFII Directeur Pays 31/02/2022 \nNote de bas de tableau"));
    expect(interviews[0].date).toBeNull();
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [7, "interview-date-invalid"],
      [8, "unplaced-line"],
    ]);
  });
});

describe("parseInterviews on the report", () => {
  const text = readFileSync(path.join(process.cwd(), "seeds/000_b0b3eacde88cb4a8.txt"), "utf8").replace(/^\uFEFF/, "");
  const all = sourceLines(text.split(/\r?\n/).join("\n"));
  const start = all.findIndex((l) => /^1\.\s+LISTE DES ACTEURS/.test(l.text));
  const end = all.findIndex((l) => /^2\.\s+FICHES PARTENAIRES/.test(l.text));
  const { interviews, warnings } = parseInterviews(all.slice(start + 1, end));

  it("finds the 64 rows, 8 of them repeated under a wrong type", () => {
    expect(interviews).toHaveLength(64);
    const duplicates = interviews.filter((r) => r.duplicate);
    expect(duplicates).toHaveLength(8);
    expect(new Set(duplicates.map((r) => r.actorType))).toEqual(new Set(["Centre de formation professionnelle"]));
    expect(new Set(duplicates.map((r) => r.organisation))).toEqual(new Set(["Donilab", "CreaTeam", "Impact Hub", "Jokkolabs"]));
  });

  it("counts the rows of each actor type as the report does", () => {
    const counts: Record<string, number> = {};
    for (const r of interviews) counts[r.actorType] = (counts[r.actorType] ?? 0) + 1;
    expect(counts).toEqual({
      "Partenaire gouvernemental": 15,
      PTF: 19,
      Entreprise: 8,
      "Incubateur - SAE": 4,
      "Centre de formation professionnelle": 9,
      OSC: 9,
    });
  });

  it("dates every row but one, within the interview period", () => {
    const undated = interviews.filter((r) => r.date === null);
    expect(undated.map((r) => r.organisation)).toEqual(["Ministère National de l’Artisanat"]);
    for (const r of interviews) if (r.date) expect(r.date >= "2022-11-01" && r.date <= "2022-12-29").toBe(true);
    expect(warnings.map((w) => w.code)).toEqual(["interview-date-missing"]);
  });

  it("gives every row an organisation and a position", () => {
    for (const r of interviews) {
      expect(r.organisation).not.toBe("");
      expect(r.position).not.toBe("");
    }
  });
});
