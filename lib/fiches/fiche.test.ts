import { describe, expect, it } from "vitest";
import { collectWebsites, endsOpen, parseFiche, recoverLostLabels } from "./fiche";
import { toSourceLines } from "./lines";
import type { FicheSection } from "./types";

/** Lines as the extraction gives them: a blank line between physical lines unless told otherwise. */
const body = (lines: string[]) => toSourceLines(lines.join("\n\n"));
const fields = (sections: FicheSection[]) =>
  sections.flatMap((s) => s.fields.map((f) => [s.key, f.key, f.value]));

describe("parseFiche (partner)", () => {
  it("reads identity, sub-headers, wrapped labels and values on the label's line", () => {
    const { sections } = parseFiche(
      "partner",
      body([
        "CFP Missabougou ",
        "Pays Mali ",
        "Région Bamako ",
        "Ville  Bamako ",
        "Structure ",
        "Type de structure CFP public, rattaché à la mairie ",
        "Financements ",
        "actuels / principaux ",
        "- Financement actuel : AFD (ACEFOR), OIM ",
        " Capacité totale ",
        "(actuelle et à terme) La capacité de la structure est d’environ 600 apprenants. ",
      ]),
    );
    expect(sections.map((s) => [s.key, s.heading])).toEqual([
      ["identity", ""],
      ["structure", "Structure"],
    ]);
    expect(fields(sections)).toEqual([
      ["identity", "displayName", "CFP Missabougou"],
      ["identity", "country", "Mali"],
      ["identity", "region", "Bamako"],
      ["identity", "city", "Bamako"],
      ["structure", "structureType", "CFP public, rattaché à la mairie"],
      ["structure", "funding", "- Financement actuel : AFD (ACEFOR), OIM"],
      ["structure", "totalCapacity", "La capacité de la structure est d’environ 600 apprenants."],
    ]);
    expect(sections[1].fields[1]).toMatchObject({ label: "Financements actuels / principaux", lines: [13, 17] });
  });

  it("continues a value across a page number, a page break and link/mailto dumps", () => {
    const { sections, websites } = parseFiche(
      "partner",
      toSourceLines(
        [
          "Structure",
          "Stratégie de",
          "communication",
          "Site internet : https://www.donilab.org/ ",
          "https://www.donilab.org/",
          "mailto:info@donilab.net",
          " ",
          "94",
          " ",
          " Participe à et lance de nombreux événements ",
          "(hackathon, bootcamp, etc.) ",
        ].join("\n"),
      ),
    );
    expect(sections[0].fields).toEqual([
      {
        key: "communication",
        label: "Stratégie de communication",
        value: "Site internet : https://www.donilab.org/\nParticipe à et lance de nombreux événements\n(hackathon, bootcamp, etc.)",
        lines: [2, 11],
      },
    ]);
    expect(websites).toEqual(["https://www.donilab.org/"]);
  });

  it("tells the `Partenariats` sub-header from the wrapped label and from the label on its own (FP9, FP13)", () => {
    const { sections } = parseFiche(
      "partner",
      body([
        "Partenariats ",
        "Partenariats ",
        "existants ",
        "- AFD : Construire le Mali ",
        "Partenariats ",
        "• Entreprises privées. ",
        "Partenariats Réseau Jokkolabs, CNIECIM, Afrilabs ",
      ]),
    );
    expect(sections.map((s) => s.key)).toEqual(["partnerships"]);
    expect(fields(sections)).toEqual([
      ["partnerships", "existingPartnerships", "- AFD : Construire le Mali"],
      ["partnerships", "existingPartnerships", "• Entreprises privées."],
      ["partnerships", "existingPartnerships", "Réseau Jokkolabs, CNIECIM, Afrilabs"],
    ]);
  });

  it("takes the line after a label standing alone as its value, even if it looks like a label", () => {
    const { sections } = parseFiche(
      "partner",
      body(["Détails sur l’offre de service", "Formations courtes ", "Formations entrepreneuriales et de gestion : Business model "]),
    );
    expect(fields(sections)).toEqual([
      ["details", "shortTrainings", "Formations entrepreneuriales et de gestion : Business model"],
    ]);
  });

  it("does not open a row after a line that stops mid-sentence, unless the label is unmistakable", () => {
    const { sections } = parseFiche(
      "partner",
      body([
        "Structure",
        "Type de structure Privée - Société lancée au Mali en ",
        "Types d’appuis ",
        "apportés ",
        "Accompagnement entrepreneurial. ",
        "Organisation et ",
        "gouvernance ",
        "Le CFPM est rattaché au ministère de l’Emploi et de la ",
        "Formation Professionnelle (MEFP) qui partage la compétence. ",
      ]),
    );
    expect(fields(sections)).toEqual([
      ["structure", "structureType", "Privée - Société lancée au Mali en"],
      ["structure", "supportType", "Accompagnement entrepreneurial."],
      [
        "structure",
        "governance",
        "Le CFPM est rattaché au ministère de l’Emploi et de la\nFormation Professionnelle (MEFP) qui partage la compétence.",
      ],
    ]);
  });

  it("keeps text under a sub-header without a label as an unlabelled field, with a warning", () => {
    const { sections, warnings } = parseFiche("partner", body(["Remarques", "Une remarque sans libellé."]));
    expect(sections[0].fields).toEqual([{ key: null, label: "", value: "Une remarque sans libellé.", lines: [3, 3] }]);
    expect(warnings).toEqual([expect.objectContaining({ line: 3, code: "unlabelled-value" })]);
  });
});

describe("parseFiche (actor)", () => {
  it("opens a theme section on the line before a project-name label", () => {
    const { sections } = parseFiche(
      "actor",
      body([
        "GIZ ",
        "Pays Mali ",
        "Région Couverture nationale ",
        "Développement rural ",
        "Nom des projets ",
        "• Programme mondial Centres d’innovations vertes ",
        "Budget  Non communiqué ",
        "Formation Professionnelle ",
        "Nom du projet  2SCALE ",
        "Coordination avec les autorités nationales et les PTF ",
        "Ancrage et relation ",
        "institutionnels ",
        "Ministère de l’Éducation Nationale ",
      ]),
    );
    expect(sections.map((s) => [s.key, s.heading])).toEqual([
      ["identity", ""],
      ["theme", "Développement rural"],
      ["theme", "Formation Professionnelle"],
      ["coordination", "Coordination avec les autorités nationales et les PTF"],
    ]);
    expect(fields(sections).slice(3)).toEqual([
      ["theme", "projectNames", "• Programme mondial Centres d’innovations vertes"],
      ["theme", "projectBudget", "Non communiqué"],
      ["theme", "projectNames", "2SCALE"],
      ["coordination", "anchoring", "Ministère de l’Éducation Nationale"],
    ]);
  });
});

describe("recoverLostLabels", () => {
  const training = (lost: boolean) =>
    parseFiche(
      "partner",
      body([
        "Détails sur les formations",
        "Types de formations ",
        "• Formation classique ; ",
        "• Formation continue. ",
        ...(lost ? [] : ["Fréquence des ", "cohortes "]),
        "Cycle classique de trois années. ",
        "Dominante (pratique ",
        "ou théorique) ",
        "La pratique est dominante. ",
      ]),
    );

  it("splits off the value whose label the siblings have and this fiche lost (FP8)", () => {
    const orphan = training(true);
    const warnings = recoverLostLabels([training(false), training(false), orphan]);
    expect(fields(orphan.sections)).toEqual([
      ["details", "trainingTypes", "• Formation classique ;\n• Formation continue."],
      ["details", null, "Cycle classique de trois années."],
      ["details", "practiceRatio", "La pratique est dominante."],
    ]);
    expect(orphan.sections[0].fields[0].lines).toEqual([3, 7]);
    expect(orphan.sections[0].fields[1]).toMatchObject({ label: "", lines: [9, 9] });
    expect(warnings).toEqual([expect.objectContaining({ line: 9, code: "label-missing" })]);
  });

  it("leaves a list followed by a paragraph alone when no sibling has a label there", () => {
    const orphan = training(true);
    expect(recoverLostLabels([training(true), training(true), orphan])).toEqual([]);
    expect(orphan.sections[0].fields).toHaveLength(2);
  });
});

describe("endsOpen", () => {
  it("sees a line that stops mid-sentence", () => {
    expect(endsOpen("le ministère de l’Emploi et de la")).toBe(true);
    expect(endsOpen("Financement par l’État,")).toBe(true);
    expect(endsOpen("l’insertion socio-")).toBe(true);
    expect(endsOpen("accompagnement au Mali : https://fadev.fr/investissement-en-cours/")).toBe(false);
    expect(endsOpen("Bamako")).toBe(false);
  });
});

describe("collectWebsites", () => {
  it("keeps each site once, prefers the form with a scheme, and drops a URL cut by a line wrap", () => {
    const lines = toSourceLines(
      [
        "Site : www.grdr.org ",
        "http://www.grdr.org/",
        "• Site internet : https://www.rmo- ",
        "jobcenter.com/fr/mali.html ",
        "https://www.rmo-jobcenter.com/fr/mali.html",
        "mailto:info@grdr.org",
      ].join("\n"),
    );
    expect(collectWebsites(lines)).toEqual(["http://www.grdr.org/", "https://www.rmo-jobcenter.com/fr/mali.html"]);
  });
});
