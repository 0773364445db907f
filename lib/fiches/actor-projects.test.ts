import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseActorProjects } from "./actor-projects";
import { parseFiche } from "./fiche";
import { toSourceLines } from "./lines";
import { splitReport } from "./report";
import type { FicheField, FicheSection } from "./types";

let nextLine = 100;
function field(key: string | null, value: string): FicheField {
  const first = nextLine;
  nextLine += value.split("\n").length + 1;
  return { key, label: key ?? "", value, lines: [first, nextLine - 1] };
}
function theme(heading: string, ...fields: FicheField[]): FicheSection {
  return { key: "theme", heading, fields, lines: [fields[0].lines[0] - 1, fields[fields.length - 1].lines[1]] };
}

// FA1, World Bank: two projects in one block, every field split by prefix.
const worldBank = () =>
  theme(
    "Appui à l’écosystème entrepreneurial et à l’accès au financement",
    field(
      "projectNames",
      "• Projet de Promotion de l’Accès au Financement, de l’Entrepreneuriat et de l’Emploi\nau Mali (PAFEEM)\n• Environnement Propice à l’Entreprenariat de Croissance (EPEC)",
    ),
    field(
      "projectSummary",
      "PAFEEM :\n• Améliorer l’éducation financière des micro-entreprises et groupes les plus\nvulnérables ;\n• Renforcer les capacités des acteurs de la microfinance ;\nEPEC :\n• Accompagner la structuration des incubateurs ;",
    ),
    field("projectDuration", "• PAFEEM : 2021-2026\n• EPEC : 2020 – 2024"),
    field("projectZone", "• PAFEEM : Mopti, Gao, Tombouctou, Kidal et Ségou\n• EPEC : national"),
    field("projectBudget", "• PAFEEM : 60 millions USD\n• EPEC : 3,7 millions EUR (financement de l’Ambassade du Royaume du Danemark)"),
  );

describe("parseActorProjects", () => {
  it("splits a block that names two projects, matching each prefix to its acronym", () => {
    const section = worldBank();
    const [pafeem, epec] = parseActorProjects([section]);
    expect(pafeem).toMatchObject({
      name: "Projet de Promotion de l’Accès au Financement, de l’Entrepreneuriat et de l’Emploi au Mali (PAFEEM)",
      theme: "Appui à l’écosystème entrepreneurial et à l’accès au financement",
      summary: "• Améliorer l’éducation financière des micro-entreprises et groupes les plus\nvulnérables ;\n• Renforcer les capacités des acteurs de la microfinance ;",
      duration: "2021-2026",
      startYear: 2021,
      endYear: 2026,
      zones: ["Mopti", "Gao", "Tombouctou", "Kidal", "Ségou"],
      national: false,
      zoneText: "Mopti, Gao, Tombouctou, Kidal et Ségou",
      budget: { amount: 60_000_000, currency: "USD" },
    });
    expect(epec).toMatchObject({
      name: "Environnement Propice à l’Entreprenariat de Croissance (EPEC)",
      summary: "• Accompagner la structuration des incubateurs ;",
      startYear: 2020,
      endYear: 2024,
      national: true,
      budget: { amount: 3_700_000, currency: "EUR" },
    });
    expect(pafeem.lines).toEqual([section.fields[0].lines[0], section.fields[4].lines[1]]);
  });

  it("reads a single project whose values carry no prefix, and one without a budget", () => {
    const [project] = parseActorProjects([
      theme(
        "Économie verte et secteur privé",
        field("projectNames", "Programme des déchets, eaux usées et excrétas « Mali Propre » (Mali Sanya)"),
        field("projectSummary", "Objectif : Développer les services d’assainissement.\nApproche :\n• Développer les opportunités d’emplois ;"),
        field("projectDuration", "2020 - 2023"),
        field("projectZone", "Kayes, Koulikoro, Bamako, Sikasso et Ségou"),
      ),
    ]);
    expect(project.summary).toBe("Objectif : Développer les services d’assainissement.\nApproche :\n• Développer les opportunités d’emplois ;");
    expect([project.startYear, project.endYear, project.budget]).toEqual([2020, 2023, null]);
    expect(project.zones).toEqual(["Kayes", "Koulikoro", "Bamako", "Sikasso", "Ségou"]);
  });

  it("strips the project's own prefix from a single project's values", () => {
    const [project] = parseActorProjects([
      theme(
        "Développement Agricole et entrepreneuriat",
        field("projectNames", "Projet d’Appui à la Filière de l’Anacarde au Mali (PAFAM)"),
        field("projectSummary", "PAFAM : Augmentation des opportunités économiques et d’emploi."),
        field("projectDuration", "PAFAM : 2016 - 2022"),
        field("projectBudget", "PAFAM : 14 millions EUR (financement UE)"),
      ),
    ]);
    expect(project).toMatchObject({ summary: "Augmentation des opportunités économiques et d’emploi.", duration: "2016 - 2022" });
    expect(project.budget).toMatchObject({ amount: 14_000_000, currency: "EUR" });
  });

  it("splits plain (unbulleted) wrapped names when the other fields show two projects", () => {
    const projects = parseActorProjects([
      theme(
        "Entrepreneuriat et auto-emploi",
        field(
          "projectNames",
          "Renforcement de la participation socio-économique des déplacés internes, des\nréfugiés et des communautés hôtes vulnérables au Mali (PAPSE)\nProgramme Jeunesse et Stabilisation dans les régions centre du Mali (PROJES)",
        ),
        field("projectDuration", "• PAPSE : 2020 à 2023 (phase I) ; 2023 – 2027 (phase II)\n• PROJES : 2018 - 2022"),
      ),
    ]);
    expect(projects.map((p) => [/\((\w+)\)$/.exec(p.name)?.[1], p.startYear, p.endYear])).toEqual([
      ["PAPSE", 2020, 2027],
      ["PROJES", 2018, 2022],
    ]);
  });

  it("keeps plain wrapped lines as one name when nothing shows several projects", () => {
    const [project, ...rest] = parseActorProjects([
      theme(
        "Entrepreneuriat et auto-emploi dans la filière agricole",
        field("projectNames", "Formation professionnelle, insertion et appui à l'entrepreneuriat des jeunes ruraux\n(FIER)"),
        field("projectZone", "• Koulikoro, Sikasso et étendu à Kayes et Ségou\n• Ciblage de 1 500 villages"),
      ),
    ]);
    expect(rest).toEqual([]);
    expect(project.name).toBe("Formation professionnelle, insertion et appui à l'entrepreneuriat des jeunes ruraux (FIER)");
    expect(project.zoneText).toBe("• Koulikoro, Sikasso et étendu à Kayes et Ségou\n• Ciblage de 1 500 villages");
  });

  it("recognises a prefix by the start of a code (`CIV` for `CIV-Mali`) or by the name's words", () => {
    const [civ, agro] = parseActorProjects([
      theme(
        "Développement rural",
        field(
          "projectNames",
          "• Programme mondial Centres d’innovations vertes pour le secteur agricole et\nagroalimentaire (CIV-Mali)\n• Promotion du financement de l’agriculture en faveur des agro-entreprises en\nmilieu rural",
        ),
        field("projectSummary", "CIV-Mali\nObjectif : Les innovations.\nAgro-entreprises\nObjectif : amélioration de l’offre."),
        field("projectDuration", "• CIV : 2014 à 2026\n• Agro-entreprises : 2016 à 2025"),
      ),
    ]);
    expect([civ.summary, civ.startYear]).toEqual(["Objectif : Les innovations.", 2014]);
    expect([agro.summary, agro.startYear]).toEqual(["Objectif : amélioration de l’offre.", 2016]);
  });

  it("heads summary parts with `Projet ACRONYM` or the full name, not with a list line that shares a word", () => {
    const [acefor, actif] = parseActorProjects([
      theme(
        "Formation professionnelle",
        field(
          "projectNames",
          "• Amélioration de la compétitivité des entreprises par la Formation\nprofessionnelle (ACEFOR, phase I et phase II)\n• Accompagnement de la Jeunesse (ACTIF)",
        ),
        field("projectSummary", "Projet ACEFOR\nObjectif général : promouvoir une formation\nprofessionnelle ;\nProjet ACTIF\nObjectif général : contribuer."),
        field("projectDuration", "• ACEFOR : 2011 – 2024\n• ACTIF : 2017-2023"),
      ),
    ]);
    expect(acefor.summary).toBe("Objectif général : promouvoir une formation\nprofessionnelle ;");
    expect(actif.summary).toBe("Objectif général : contribuer.");
  });

  it("does not take a continuation line with a colon for a project prefix", () => {
    const [, mli026] = parseActorProjects([
      theme(
        "Sécurité alimentaire",
        field("projectNames", "• Développement rural (MLI/021)\n• Programme d’appui aux filières - Phase II – (MLI/026)"),
        field(
          "projectBudget",
          "• MLI/021 : 41,9 millions EUR (Coopération luxembourgeoise : 37,1 millions EUR et\nMinistère du Développement rural : 4,8 millions EUR).\n• MLI/026 : 16 millions EUR",
        ),
      ),
    ]);
    expect(mli026.budget).toMatchObject({ amount: 16_000_000, currency: "EUR" });
  });

  it("makes one project per name block when a theme holds several, and ignores other sections", () => {
    const projects = parseActorProjects([
      { key: "identity", heading: "", fields: [field("country", "Mali")], lines: [1, 2] },
      theme(
        "Résilience",
        field("projectNames", "Commerce transfrontalier pour la paix"),
        field("projectDuration", "Janvier 2019 - Décembre 2025"),
        field("projectNames", "Femmes actrices économiques"),
        field("projectBudget", "10 millions USD"),
      ),
    ]);
    expect(projects.map((p) => [p.name, p.startYear, p.budget?.amount ?? null])).toEqual([
      ["Commerce transfrontalier pour la paix", 2019, null],
      ["Femmes actrices économiques", null, 10_000_000],
    ]);
  });
});

describe("parseActorProjects on the report", () => {
  const lines = toSourceLines(readFileSync(path.join(process.cwd(), "seeds/000_b0b3eacde88cb4a8.txt"), "utf8"));
  const actors = splitReport(lines).fiches.filter((f) => f.type === "actor");
  const projects = actors.flatMap((f) => parseActorProjects(parseFiche("actor", f.body).sections));

  it("finds the 41 projects of the 11 actor fiches, each dated", () => {
    expect(actors).toHaveLength(11);
    expect(projects).toHaveLength(41);
    for (const p of projects) expect(p.startYear, p.name).not.toBeNull();
  });

  it("gives each project of a split block its own values", () => {
    const byAcronym = (a: string) => projects.find((p) => p.name.includes(`(${a})`));
    expect(byAcronym("PADEL")?.budget).toMatchObject({ amount: 78_400_000, currency: "USD" });
    expect(byAcronym("PACAM")?.zones).toEqual(["Sikasso", "Bamako", "Koulikoro"]);
    expect(byAcronym("MLI/027")?.endYear).toBe(2025);
    expect(byAcronym("PENF")?.budget).toMatchObject({ currency: "CHF" });
  });
});
