import { describe, expect, it } from "vitest";
import { matchLabel, matchSubheader, normalise, type MatchContext } from "./labels";

const partner: MatchContext = { fiche: "partner", section: "structure" };
const actor: MatchContext = { fiche: "actor", section: "theme" };

describe("normalise", () => {
  it("folds case, accents, apostrophes, spaces and slashes", () => {
    expect(normalise("Régions/  Villes")).toBe("regions / villes");
    expect(normalise("régions / villes")).toBe("regions / villes");
    expect(normalise("Capacité d’absorption")).toBe("capacite d'absorption");
    expect(normalise("CAPACITE d'absorption")).toBe("capacite d'absorption");
    expect(normalise("L‘API")).toBe("l'api");
  });
});

describe("matchLabel", () => {
  it("matches a label wrapped over several lines, with every known wrapping", () => {
    const a = matchLabel(["Capacité", "d’intégration de", "migrants de retour", "dans la structure", "• Le CFPM…"], partner);
    expect(a).toMatchObject({ key: "returneeCapacity", lineCount: 4, inlineValue: null, strong: true });
    expect(a?.label).toBe("Capacité d’intégration de migrants de retour dans la structure");
    const b = matchLabel(["Capacité d’intégration de migrants de", "retour dans la structure", "x"], partner);
    expect(b).toMatchObject({ key: "returneeCapacity", lineCount: 2 });
    const c = matchLabel(["Financements", "actuels /", "principaux", "UNICEF"], partner);
    expect(c).toMatchObject({ key: "funding", lineCount: 3 });
  });

  it("prefers the longest wording: the wrapped `Partenariats` / `existants` over a bare word", () => {
    const m = matchLabel(["Partenariats", "existants", "- AFD"], { fiche: "partner", section: "partnerships" });
    expect(m).toMatchObject({ key: "existingPartnerships", lineCount: 2, label: "Partenariats existants" });
  });

  it("returns the start of the value written on the label's last line, as written", () => {
    expect(matchLabel(["Ville  Bamako"], partner)).toMatchObject({ key: "city", label: "Ville", inlineValue: "Bamako" });
    expect(matchLabel(["Fréquence des", "cohortes Une seule cohorte par filière et par an."], partner)).toMatchObject({
      key: "cohortFrequency",
      lineCount: 2,
      inlineValue: "Une seule cohorte par filière et par an.",
    });
    expect(matchLabel(["Capacité totale", "(actuelle et à terme) La capacité est de 600."], partner)).toMatchObject({
      key: "totalCapacity",
      inlineValue: "La capacité est de 600.",
    });
    expect(matchLabel(["Région/Ville Bamako"], partner)).toMatchObject({ key: "regionCity", inlineValue: "Bamako" });
  });

  it("joins a label wrapped inside a word", () => {
    const m = matchLabel(["Recrutements / sous-", "traitance et conseil", "Recrutement…"], partner);
    expect(m).toMatchObject({ key: "recruitment", label: "Recrutements / sous-traitance et conseil" });
  });

  it("rejects value lines that merely start like a label (docs/report-format.md §3.6)", () => {
    // `Contacts` is not `Contact` followed by a value.
    expect(matchLabel(["Contacts réguliers avec le secteur privé surtout"], partner)).toBeNull();
    // Pseudo-labels inside values end with a colon.
    expect(matchLabel(["Accès au financement : les banques n’ont pas"], partner)).toBeNull();
    expect(matchLabel(["Capacité d’accompagnement : 250 personnes par an."], partner)).toBeNull();
    // A value cell starts a sentence: a lower-case continuation is prose.
    expect(matchLabel(["Formations techniques : formation en géolocalisation"], { ...partner, section: "details" })).toBeNull();
    expect(matchLabel(["Secteurs ciblés lors de certains appuis : agriculture"], partner)).toBeNull();
    expect(matchLabel(["Formation Agro-pastorale de Kayes, le Conseil"], partner)).toBeNull();
  });

  it("accepts an address as the value on the label's line", () => {
    expect(matchLabel(["Contact  cm.mali@coopi.org"], partner)).toMatchObject({ key: "contact", inlineValue: "cm.mali@coopi.org" });
  });

  it("marks one-line labels followed by text as weak, wrapped or multi-word bare labels as strong", () => {
    expect(matchLabel(["Formations courtes"], { ...partner, section: "details" })?.strong).toBe(true);
    expect(matchLabel(["Microfinance Donilab travaille avec Cofina."], partner)?.strong).toBe(false);
    expect(matchLabel(["Curricula"], partner)?.strong).toBe(false);
  });

  it("keeps partner labels out of actor fiches and the other way round", () => {
    expect(matchLabel(["Microfinance (PNMF) ;"], actor)).toBeNull();
    expect(matchLabel(["Formation Professionnelle"], actor)).toBeNull();
    expect(matchLabel(["Nom du projet  2SCALE"], partner)).toBeNull();
    expect(matchLabel(["Nom du projet  2SCALE"], actor)).toMatchObject({ key: "projectNames", inlineValue: "2SCALE" });
    expect(matchLabel(["Zone(s)", "géographique(s)", "• PAFEEM : Mopti"], actor)).toMatchObject({ key: "projectZone", lineCount: 2 });
  });

  it("uses the sub-header context for single words that are also prose", () => {
    expect(matchLabel(["Partenariats Réseau Jokkolabs, CNIECIM"], { ...partner, section: "partnerships" })).toMatchObject({
      key: "existingPartnerships",
      inlineValue: "Réseau Jokkolabs, CNIECIM",
    });
    expect(matchLabel(["Partenariats Réseau Jokkolabs, CNIECIM"], { ...partner, section: "structure" })).toBeNull();
    expect(matchLabel(["Formations"], { ...partner, section: "remarks" })).toBeNull();
  });
});

describe("matchSubheader", () => {
  it("matches whole lines only", () => {
    expect(matchSubheader(["Détails sur l’offre de service"], partner)).toMatchObject({ key: "details" });
    expect(matchSubheader(["Contacts"], partner)).toMatchObject({ key: "contacts" });
    expect(matchSubheader(["Contacts réguliers avec le secteur privé"], partner)).toBeNull();
    expect(matchSubheader(["Coordination avec les autorités nationales et les PTF"], actor)).toMatchObject({
      key: "coordination",
    });
  });
});
