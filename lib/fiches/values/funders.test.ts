import { describe, it, expect } from "vitest";
import { FUNDERS, canonicalFunder, parseFunders, placeRegionalBodies } from "./funders";

const brief = (t: string) => parseFunders(t).map((l) => [l.name, l.current, l.programme]);

describe("FUNDERS", () => {
  it("has unique names and slugs", () => {
    expect(new Set(FUNDERS.map((f) => f.name)).size).toBe(FUNDERS.length);
    expect(new Set(FUNDERS.map((f) => f.slug)).size).toBe(FUNDERS.length);
  });
});

describe("canonicalFunder", () => {
  it.each([
    ["Union Européenne", "Union européenne"],
    ["UE", "Union européenne"],
    ["Union européenne/FFU", "Union européenne"],
    ["ECHO", "Union européenne"],
    ["Groupe Banque Mondiale", "Banque mondiale"],
    ["Société Financière Internationale (SFI)", "IFC"],
    ["IFAD", "FIDA"],
    ["Coopération Suisse (DDC)", "DDC"],
    ["Ambassade du Royaume du Danemark", "DANIDA"],
    ["Ambassade des Pays Bas", "Pays-Bas"],
    ["Subvention de l’État", "Etat du Mali"],
    ["Gouvernement du Mali", "Etat du Mali"],
    ["BIT", "OIT"],
    ["Coopération luxembourgeoise", "LuxDev"],
    ["UN Women", "ONU Femmes"],
  ])("%s -> %s", (m, c) => expect(canonicalFunder(m)).toBe(c));
  it("returns null outside the vocabulary and for look-alike words", () => {
    expect(canonicalFunder("Mairie de la Commune I")).toBeNull();
    expect(canonicalFunder("bad")).toBeNull();
    expect(canonicalFunder("Etats généraux")).toBeNull();
  });
});

describe("parseFunders", () => {
  it("reads sub-labels, programmes in brackets and past funding", () => {
    expect(
      brief("- Financement actuel : AFD (ACEFOR), OIM, GIZ (PAPSE)\n- Autres financements par le passé : LuxDev, Swisscontact, PNUD, FAFPA, APEJ,\nFASAM"),
    ).toEqual([
      ["AFD", true, "ACEFOR"],
      ["OIM", true, null],
      ["GIZ", true, "PAPSE"],
      ["LuxDev", false, null],
      ["Swisscontact", false, null],
      ["PNUD", false, null],
      ["FAFPA", false, null],
      ["APEJ", false, null],
      ["FASAM", false, null],
    ]);
  });
  it("applies a header line to the bullets below it", () => {
    const links = parseFunders(
      "Financement actuel :\n• FFEM, Réduction de l’usage des pesticides, mai 2022 à avril 2025 ;\nFinancements précédents d’intérêt :\n• UNICEF, « Insertion économique des jeunes », mai 2021 – juin 2022 (220.000 EUR).",
    );
    expect(links).toEqual([
      { name: "FFEM", text: "FFEM", current: true, programme: "Réduction de l’usage des pesticides", inferred: false },
      { name: "UNICEF", text: "UNICEF", current: false, programme: "Insertion économique des jeunes", inferred: false },
    ]);
  });
  it("marks the funder of a programme listed as a funder as inferred, and skips one with several funders (FP7)", () => {
    const links = parseFunders("Autres financements : GRDR, Conseil régional, PROCEJ, ACEFOR, FACEJ.");
    expect(links.map((l) => [l.name, l.programme, l.inferred])).toEqual([
      ["GRDR", null, false],
      ["Conseil régional", null, false],
      ["Banque mondiale", "PROCEJ", true],
      ["AFD", "ACEFOR", true],
    ]);
    // Named with its programme, the funder is the text's own: "AFD (ACEFOR)".
    expect(parseFunders("AFD (ACEFOR), PROCEJ").map((l) => [l.name, l.inferred])).toEqual([
      ["AFD", false],
      ["Banque mondiale", true],
    ]);
    // Named once and reached once through a programme: the stated link wins.
    expect(parseFunders("ACEFOR, AFD").map((l) => [l.name, l.programme, l.inferred])).toEqual([["AFD", "ACEFOR", false]]);
  });
  it("gives a regional council its fiche's region, so Kayes and Ségou are two funders (FP7/FP8, FP9)", () => {
    const links = parseFunders("GIZ, Conseil régional, PROCEJ");
    expect(placeRegionalBodies(links, ["Kayes"]).map((l) => l.name)).toEqual(["GIZ", "Conseil régional de Kayes", "Banque mondiale"]);
    expect(placeRegionalBodies(links, ["Ségou"])[1]).toMatchObject({ name: "Conseil régional de Ségou", text: "Conseil régional" });
    expect(placeRegionalBodies(links, ["Kayes", "Bamako"])[1].name).toBe("Conseil régional");
    expect(placeRegionalBodies(parseFunders("Conseil régional de Kayes"), ["Ségou"])[0].name).toBe("Conseil régional de Kayes");
  });
  it("keeps unknown names as written and drops nothing known", () => {
    expect(brief("Subvention de l’État, AECID, ONG ENGIM (ONG Italienne), Swisscontact, Mairie de la\nCommune I")).toEqual([
      ["Etat du Mali", true, null],
      ["AECID", true, null],
      ["ENGIM", true, null],
      ["Swisscontact", true, null],
      ["Mairie de la Commune I", true, null],
    ]);
  });
  it("splits 'et' and '/' between funders but not inside a name", () => {
    expect(brief("• Ambassades du Danemark et des Pays-Bas, FACEJ, 2019-2024 (24 millions EUR);")).toEqual([
      ["DANIDA", true, "FACEJ"],
      ["Pays-Bas", true, "FACEJ"],
    ]);
    expect(brief("Autres financements : Royaume Uni, Mouvements de la Croix Rouge et du Croissant Rouge").map((l) => l[0])).toEqual([
      "Royaume-Uni",
      "Mouvements de la Croix Rouge et du Croissant Rouge",
    ]);
    expect(brief("UNICEF, OIM, Union européenne/ECHO, AICS.").map((l) => l[0])).toEqual([
      "UNICEF",
      "OIM",
      "Union européenne",
      "AICS",
    ]);
  });
  it("reads a programme after 'via' and does not take the channel for a funder", () => {
    expect(
      brief("• Ambassade des Pays-Bas via le Programme d’Accompagnement à la Croissance des\nPetites et Moyennes Entreprises (PAC-PME), 2022-2024 à hauteur de 1.000.000\nEUR ;"),
    ).toEqual([["Pays-Bas", true, "PAC-PME"]]);
    expect(brief("Banque mondiale via l’IFC").map((l) => l[0])).toEqual(["Banque mondiale"]);
  });
  it("marks prose about past funding as past and finds the names in it", () => {
    const links = parseFunders(
      "Financement par l’État à travers le ministère de l’éducation nationale,\nLe centre a également bénéficié de financements de la part du GRDR, de l’OIM, de la\nGIZ.",
    );
    expect(links.map((l) => [l.name, l.current])).toEqual([
      ["Etat du Mali", true],
      ["GRDR", false],
      ["OIM", false],
      ["GIZ", false],
    ]);
  });
  it("has no duplicate (name, current) and ignores percentages and clients", () => {
    const links = parseFunders("• 46% des fonds proviennent de l’AFD ;\n• AFD et FFEM, Programme Equité, 2019-2023.\n• Prestation de services aux entreprises privées : par ex. : Total Énergies Mali, Canal+");
    expect(links.map((l) => l.name)).toEqual(["AFD", "FFEM"]);
  });
  it("keeps every organisation the field names, private and institutional alike, but not clients nor technical partners", () => {
    const links = brief(
      "• Bailleurs principaux : UN Women, Banque mondiale, Care ;\n• Secteur public : Chambre du Commerce et de l’Industrie du Mali ;\n• Secteur privé : Nelio8, Motorola, PNUD.\nClients : OIM, Orange\nPartenaires techniques : GIZ, Afrilabs",
    );
    expect(links.map((l) => l[0])).toEqual(["ONU Femmes", "Banque mondiale", "Care", "Chambre du Commerce et de l’Industrie du Mali", "Nelio8", "Motorola", "PNUD"]);
    expect(brief("Partenaires techniques et financiers : GIZ, Afrilabs").map((l) => l[0])).toEqual(["GIZ", "Afrilabs"]);
    // FP26, FP27: partners listed under "Partenaires institutionnels / privés", ministries in lower case included.
    expect(
      brief(
        "• Partenaires institutionnels : ministère de l’Entrepreneuriat National, de l’Emploi\net de la Formation Professionnelle, Direction Nationale des PME et\nPMI ;\n• Partenaires privés : Ciem, Saham Assurance, l’Oréal.",
      ).map((l) => l[0]),
    ).toEqual([
      "ministère de l’Entrepreneuriat National, de l’Emploi et de la Formation Professionnelle",
      "Direction Nationale des PME et PMI",
      "Ciem",
      "Saham Assurance",
      "L’Oréal",
    ]);
    // FP5: private companies named in lower case.
    expect(brief("- Conseil régional de Kayes, OIM, entreprises d’exploitation\nminières de Kalé et de Gounkoto, APEJ.").map((l) => l[0])).toEqual([
      "Conseil régional de Kayes",
      "OIM",
      "entreprises d’exploitation minières de Kalé et de Gounkoto",
      "APEJ",
    ]);
  });
  it("applies a client header line to the bullets below it", () => {
    expect(brief("Clients :\n• Total Énergies\n• OIM\nFinancements actuels :\n• AFD").map((l) => l[0])).toEqual(["AFD"]);
  });
  it("never lists the fiche's own organisation", () => {
    const text = "• SFI, UE, AFD.\n• Réseau Jokkolabs, Afrilabs.";
    expect(brief(text).map((l) => l[0])).toContain("Réseau Jokkolabs");
    expect(parseFunders(text, { self: ["JOKKOLABS"] }).map((l) => l.name)).toEqual(["IFC", "Union européenne", "AFD", "Afrilabs"]);
    // A word of the title is not the organisation: the IFPI de Kayes is not the Conseil régional de Kayes.
    expect(parseFunders("Conseil régional de Kayes, Swisscontact", { self: ["INSTITUT (IFPI) DE KAYES", "IFPI", "SWISSCONTACT"] }).map((l) => l.name)).toEqual([
      "Conseil régional de Kayes",
    ]);
  });
  it("keeps shareholders as the text names them, and own funds out (FP23)", () => {
    expect(brief("• Actionnaires maliens ;\n• Fonds propres ;\n• Union européenne/FFU").map((l) => l[0])).toEqual(["Actionnaires maliens", "Union européenne"]);
  });
  it("does not split a quoted project title into names", () => {
    expect(brief("• Fonds propre, Projet ‘Protection, Promotion et Respect des Droits des Enfants’ (PRISM) ;\n• DDC et fonds propres, Projet ‘Renforcement’")).toEqual([
      ["DDC", true, "Renforcement"],
    ]);
  });
});
