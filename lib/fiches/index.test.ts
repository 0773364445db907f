import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseReport, ReportFormatError, type ParsedReport, type Partner } from "./index";
import { toSourceLines } from "./lines";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

const SOURCE = path.join(process.cwd(), "seeds/000_b0b3eacde88cb4a8.txt");

describe("parseReport on the real report", () => {
  let text: string;
  let report: ParsedReport;
  const partner = (n: number): Partner => report.partners.find((p) => p.number === n)!;
  const field = (p: { sections: Partner["sections"] }, key: string) =>
    p.sections.flatMap((s) => s.fields).find((f) => f.key === key);

  beforeAll(() => {
    text = readFileSync(SOURCE, "utf8");
    report = parseReport(text);
  });

  it("finds the 37 partner fiches and the 11 actor fiches, numbered in order", () => {
    expect(report.partners.map((p) => p.number)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
    expect(report.actors.map((a) => a.number)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(new Set([...report.partners, ...report.actors].map((f) => f.slug)).size).toBe(48);
  });

  it("places every content line of every fiche in exactly one sub-header, label or value", () => {
    const lines = toSourceLines(text);
    const isContent = (n: number) => lines[n - 1].kind === "content";
    const countContent = ([a, b]: [number, number]) => {
      let c = 0;
      for (let n = a; n <= b; n++) if (isContent(n)) c++;
      return c;
    };
    for (const fiche of [...report.partners, ...report.actors]) {
      const [heading, last] = fiche.lines;
      const expected = countContent([heading + 1, last]);
      let covered = 0;
      let previousEnd = heading;
      for (const section of fiche.sections) {
        const firstField = section.fields[0]?.lines[0] ?? section.lines[1] + 1;
        // The sub-header's own lines, before its first field.
        if (section.heading !== "") covered += countContent([section.lines[0], firstField - 1]);
        for (const f of section.fields) {
          expect(f.lines[0], `${fiche.name} ${f.label}`).toBeGreaterThan(previousEnd);
          covered += countContent(f.lines);
          previousEnd = f.lines[1];
          // And the text of each of those lines is in the field, as written.
          const written = squash(`${f.label} ${f.value}`);
          for (let n = f.lines[0]; n <= f.lines[1]; n++) {
            if (isContent(n)) expect(written, `line ${n}`).toContain(squash(lines[n - 1].text));
          }
        }
      }
      expect(covered, `${fiche.name}`).toBe(expected);
    }
  });

  it("reads FP1 (CFP Missabougou) field by field", () => {
    const p = partner(1);
    expect(p).toMatchObject({
      name: "CFP MISSABOUGOU",
      displayName: "CFP Missabougou",
      category: "vocational-training",
      categoryHeading: "PARTENARIATS POSSIBLES DANS L’ENSEIGNEMENT PUBLIC",
      country: "Mali",
      regions: ["Bamako"],
      national: false,
      regionText: "Bamako",
      cityText: "Bamako",
      structureType: "CFP public, rattaché à la mairie du district de Bamako",
      founded: 2006,
      websites: [],
      lines: [360, 616],
    });
    expect(p.sectionHeading).toMatch(/^2\.1\. Partenariats possibles .* services financiers$/);
    expect(p.sections.map((s) => s.key)).toEqual(["identity", "structure", "details", "partnerships", "remarks", "contacts"]);
    expect(p.costs).toMatch(/^- Volet alphabétisation : .*\n.*transport et alimentation\.$/s);
    expect(p.insertion).toMatchObject({ rate: 68.67, year: 2021 });
    expect(p.absorptionCapacity?.max).toBe(800);
    expect(p.trainings.map((t) => t.name)).toContain("Mécanique auto");
    expect(p.challenges?.split("\n")).toHaveLength(3);
    expect(p.perspectives).toBeNull();
    expect(p.contacts).toEqual([
      expect.objectContaining({ name: expect.stringMatching(/^Madame \p{Lu}/u), role: "Directrice", phones: [expect.objectContaining({ e164: expect.stringMatching(/^\+223\d{8}$/) })] }),
    ]);
    expect(field(p, "practiceRatio")?.value).toBe(
      "L’enseignement général représente 30 % et l’enseignement pratique 70% du volume\nd’heures total de chaque formation.",
    );
    expect(field(p, "returneeCapacity")?.label).toBe("Capacité d’intégration de migrants de retour dans la structure");
  });

  it("reads FP13 (Jokkolabs): a truncated value, `Partenariats` with its value, a link dump mid-fiche", () => {
    const p = partner(13);
    expect(p.category).toBe("incubator");
    expect(p.structureType).toMatch(/^Privée - Société d’accompagnement à l’entrepreneuriat \(SAE\) lancée au Mali en/);
    expect(p.supportTypes).toEqual(["Accompagnement entrepreneurial", "coaching", "conseils et formations"]);
    expect(field(p, "existingPartnerships")?.value).toBe("Réseau Jokkolabs, CNIECIM, Afrilabs, Global Entrepreneurship Network");
    expect(field(p, "shortTrainings")?.value).toMatch(/^Formations entrepreneuriales et de gestion :[^]*Formations techniques :/);
    expect(field(p, "incubator")?.value).toMatch(/entre les entrepreneurs\.\nPrincipaux résultats :/);
    expect(p.websites).toEqual(["https://jokkolabs.net/bamako/"]);
    expect(p.contacts[0]).toMatchObject({ name: "Seydou SY", emails: ["ssy@jokkolabs.co"] });
  });

  it("reads FP28 (RMO): one-line labels, a wrapped URL, wage-employment category", () => {
    const p = partner(28);
    expect(p).toMatchObject({ category: "wage-employment", displayName: "Relation Main d'œuvre (RMO Mali)", regions: ["Bamako"] });
    expect(field(p, "absorptionCapacity")?.label).toBe("Capacité d’absorption");
    expect(field(p, "totalCapacity")?.value).toBe("Nombre de salariés placés : environ 4 000");
    expect(field(p, "recruitment")?.label).toBe("Recrutements / sous-traitance et conseil");
    expect(p.websites).toEqual(["https://www.rmo-jobcenter.com/fr/mali.html"]);
    expect(p.structureType).toBe("Privée – cabinet spécialisé en gestion des ressources humaines");
  });

  it("reads FP37 (UNICEF): regions from Région, `National` from Ville, no Remarques", () => {
    const p = partner(37);
    expect(p).toMatchObject({ category: "vulnerable-protection", national: true, cityText: "National" });
    expect(p.regions).toEqual(["Mopti", "Gao", "Kayes", "Sikasso", "Tombouctou"]);
    expect(p.sections.map((s) => s.key)).toEqual(["identity", "structure", "details", "partnerships", "contacts"]);
    expect(p.contacts).toEqual([expect.objectContaining({ name: null, emails: ["bamako@unicef.org"] })]);
    expect(field(p, "childProtection")?.label).toBe("Protection des mineurs");
  });

  it("reads FA1 (Banque mondiale): themes, projects, coordination, remarks, two contacts", () => {
    const a = report.actors[0];
    expect(a).toMatchObject({ name: "GROUPE BANQUE MONDIALE", national: true, regionText: "Couverture nationale" });
    expect(a.themes).toEqual([
      "Appui à l’écosystème entrepreneurial et à l’accès au financement",
      "Entrepreneuriat et auto-emploi dans la filière agricole",
    ]);
    expect(a.projects.length).toBeGreaterThanOrEqual(4);
    expect(a.anchoring).toMatch(/^• Ancrage fort au sein des différents ministères/);
    expect(a.referral).toMatch(/^PAFEEM :\nLe volet visant la création d’AGR/);
    expect(a.perspectives).toMatch(/^- Importantes synergies potentielles/);
    expect(a.remarks).toMatch(/Formation Professionnelle \(MEFP\) partagent la compétence/);
    expect(a.contacts.map((c) => c.name)).toEqual(["Ibrahim Camara", "Maimouna Gueye"]);
    expect(a.websites).toHaveLength(2);
  });

  it("gives FP8's orphan value its own unlabelled field and reports it", () => {
    const details = partner(8).sections.find((s) => s.key === "details")!;
    const i = details.fields.findIndex((f) => f.key === null);
    expect(details.fields[i - 1].key).toBe("trainingTypes");
    expect(details.fields[i].value).toBe("Cycle classique de trois et quatre années et cycles courts de 3 à 6 mois.");
    expect(report.warnings).toContainEqual(expect.objectContaining({ line: details.fields[i].lines[0], code: "label-missing" }));
  });

  it("parses an edited copy the same way: CRLF line ends, page-break spaces removed", () => {
    const shape = (r: ParsedReport) =>
      [...r.partners, ...r.actors].map((f) => f.sections.map((s) => [s.key, s.fields.map((x) => [x.key, x.value])]));
    const edited = text
      .split("\n")
      .map((l) => l.replace(/^ (?=\S)/, ""))
      .join("\r\n");
    expect(shape(parseReport(edited))).toEqual(shape(report));
  });

  it("keeps every contact inside its fiche: no category or section heading in a contact", () => {
    const heading = /PARTENARIATS POSSIBLES|AUTRES ACTEURS|FICHES? (?:PARTENAIRE|ACTEUR)|LISTE DES|MIGRANTS DE RETOUR|\bRETOUR\s*$/;
    for (const fiche of [...report.partners, ...report.actors]) {
      for (const c of fiche.contacts) {
        expect(`${c.name ?? ""} | ${c.role ?? ""}`, fiche.name).not.toMatch(heading);
        expect(c.lines[1], fiche.name).toBeLessThanOrEqual(fiche.lines[1]);
      }
      const contacts = fiche.sections.find((s) => s.key === "contacts");
      for (const f of contacts?.fields ?? []) expect(f.value, fiche.name).not.toMatch(heading);
    }
  });

  it("reads the two tables", () => {
    expect(report.interviews).toHaveLength(64);
    expect(report.documents).toHaveLength(64);
  });
});

describe("parseReport on other texts", () => {
  it("throws ReportFormatError for an empty file or a random text", () => {
    expect(() => parseReport("")).toThrow(ReportFormatError);
    expect(() => parseReport("Lorem ipsum\ndolor sit amet\n")).toThrow(ReportFormatError);
  });

  it("warns about a partner without Région or Contacts, and text outside any section", () => {
    const report = parseReport(
      ["Texte égaré", "2. FICHES PARTENAIRES", "FICHE PARTENAIRE 1 : ACME", "Acme", "Pays Mali", "Structure", "Type de structure ONG"].join(
        "\n",
      ),
    );
    expect(report.partners).toHaveLength(1);
    expect(report.warnings.map((w) => [w.line, w.code])).toEqual(
      expect.arrayContaining([
        [1, "unplaced-line"],
        [3, "label-missing"],
        [3, "section-missing"],
      ]),
    );
  });

  it("ends a Contacts block at the category heading that follows it", () => {
    const report = parseReport(
      [
        "2. FICHES PARTENAIRES",
        "FICHE PARTENAIRE 1 : FONDS ACME (FADEV)",
        "Fonds Acme",
        "Pays Mali",
        "Région Bamako",
        "Contacts",
        "Point focal",
        "Sidiki Traore",
        "diaspora@fadev.fr",
        " AUTRES ACTEURS CLES INTERVENANT EN FAVEUR DE L’INTEGRATION SOCIO-ECONOMIQUE DES MIGRANTS DE ",
        "RETOUR ",
        "FICHE PARTENAIRE 2 : UNION DES AMBASSADEURS (UDA)",
        "Union des ambassadeurs",
        "Pays Mali",
        "Région Bamako",
        "Contacts",
        "Point focal  Diadié Soumaré",
      ].join("\n"),
    );
    const [fadev, uda] = report.partners;
    expect(fadev.contacts).toEqual([expect.objectContaining({ name: "Sidiki Traore", role: null, emails: ["diaspora@fadev.fr"] })]);
    expect(fadev.lines[1]).toBe(9);
    expect(uda.category).toBe("key-actor");
    expect(uda.contacts.map((c) => c.name)).toEqual(["Diadié Soumaré"]);
  });

  it("reads an insertion rate outside its label only when a figure is given", () => {
    const fiche = (n: number, remark: string) => [
      `FICHE PARTENAIRE ${n} : ACME ${n}`,
      "Acme",
      "Pays Mali",
      "Région Bamako",
      "Remarques",
      "Capacité d’appui aux",
      "migrants de retour",
      remark,
      "Contacts",
      "Contact  +223 63.37.56.89",
    ];
    const report = parseReport(
      [
        "2. FICHES PARTENAIRES",
        ...fiche(1, "Des solutions de reconversion pour augmenter le taux d’insertion professionnelle."),
        ...fiche(2, "Pour le programme de stages, le taux d’insertion est de 90 %."),
      ].join("\n"),
    );
    expect(report.partners[0].insertion).toBeNull();
    expect(report.partners[1].insertion).toMatchObject({ rate: 90 });
  });

  it("gives a stable, unique slug to fiches with the same title", () => {
    const fiche = (n: number) => [`FICHE PARTENAIRE ${n} : ACME`, "Acme", "Pays Mali", "Contacts", "Contact  +223 63.37.56.89"];
    const text = ["2. FICHES PARTENAIRES", ...fiche(1), ...fiche(2)].join("\n");
    const slugs = parseReport(text).partners.map((p) => p.slug);
    expect(slugs[1]).toBe(`${slugs[0]}-2`);
    expect(parseReport(text).partners.map((p) => p.slug)).toEqual(slugs);
  });

  it("never gives a fiche the path of a route beside it (/partners/facets)", () => {
    const text = ["2. FICHES PARTENAIRES", "FICHE PARTENAIRE 1 : FACETS", "Facets", "Pays Mali", "Contacts", "Contact  +223 63.37.56.89"].join("\n");
    expect(parseReport(text).partners[0].slug).toBe("facets-2");
  });
});
