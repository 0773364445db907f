import { describe, it, expect } from "vitest";
import { detectReturneeExperience } from "./returnees";

const decide = (...texts: string[]) => detectReturneeExperience(texts.map((value) => ({ key: null, value })));

describe("detectReturneeExperience", () => {
  it("says yes when the partner works with returnees now", () => {
    expect(decide("Groupes vulnérables, jeunes non scolarisés et déscolarisés, y compris des migrants de retour.")).toEqual({
      value: "yes",
      evidence: "Groupes vulnérables, jeunes non scolarisés et déscolarisés, y compris des migrants de retour.",
    });
    expect(decide("• L’AME travaille avec tous les migrants de retour (volontaire, expulsés) ;").value).toBe("yes");
    expect(
      decide("• Dans le cadre de l’IC UE-OIM, financement de la formation par l’OIM pour les migrants de retour identifiés.").value,
    ).toBe("yes");
  });
  it("says past for a finished experience, with the sentence as evidence", () => {
    const r = decide(
      "Type d’appui : formation.",
      "• En 2017, COOPI a participé à l’IC UE-OIM dans le cadre de la protection apportée aux migrants de retour.\n• Soutenir les activités de protection.",
    );
    expect(r).toEqual({
      value: "past",
      evidence: "En 2017, COOPI a participé à l’IC UE-OIM dans le cadre de la protection apportée aux migrants de retour.",
    });
    expect(decide("• ENDA a été partenaire de l’OIM pour l’accueil des migrants de retour (la collaboration n’est plus active) ;").value).toBe(
      "past",
    );
    expect(decide("- Une activité déjà menée au profit des migrants retour avec l’ONG ENGIM.").value).toBe("past");
  });
  it("says no for an explicit 'not yet'", () => {
    expect(decide("Le centre n’a pas encore accueilli de migrants de retour.").value).toBe("no");
    expect(decide("Aucun migrant de retour n’a été formé à ce jour.").value).toBe("no");
  });
  it("prefers doing it now over a past or a negative statement", () => {
    const r = decide(
      "Le CFPS a déjà développé des formations courtes adaptées aux besoins des migrants de retour.",
      "L’institut accueille également des migrants de retour.",
    );
    expect(r.value).toBe("yes");
    expect(r.evidence).toBe("L’institut accueille également des migrants de retour.");
  });
  it("ignores hypotheses, plans and returns that are not migrants", () => {
    expect(
      decide(
        "Le centre pourrait accueillir de 40 à 60 migrants de retour.",
        "• Createam peut accompagner des migrants de retour dans l’incubation de projets.",
        "• RMO a les capacités de tester les compétences de migrants de retour à leur arrivée.",
        "• Le centre est prêt à accueillir des migrants de retour si les conditions sont réunies.",
        "• AVSF appuie le développement local à Kayes et Gao, considérées comme des régions de retour ;",
        "• Fin 2022, des discussions ont été lancées avec l’OIM pour un programme de réintégration de migrants de retour.",
      ),
    ).toEqual({ value: "unknown", evidence: null });
  });
  it("needs the returnee to be named in the deciding sentence", () => {
    expect(decide("Le centre accueille des jeunes déscolarisés.").value).toBe("unknown");
  });
  it("reads taking part in the returnee programme (IC UE-OIM) as experience", () => {
    expect(decide("• L’APEJ a été partenaire de l’OIM (IC UE-OIM) et du programme EJOM (SNV).")).toEqual({
      value: "past",
      evidence: "L’APEJ a été partenaire de l’OIM (IC UE-OIM) et du programme EJOM (SNV).",
    });
    // A project frame alone is not present work: "la prestation dans le cadre de l’IC UE-OIM" is no "yes".
    expect(decide("La fin des projets rend difficile le suivi (ex. la prestation dans le cadre de l’IC UE-OIM).").value).toBe("unknown");
  });
  it("reads returnees among the current beneficiaries as working with them (FP26)", () => {
    const fields = [
      { key: "supportType", value: "- Mise en réseau d’entrepreneurs franco-maliens pour faciliter leur retour au Mali" },
      { key: "beneficiaries", value: "Jeunes entrepreneurs franco-maliens de retour." },
    ];
    expect(detectReturneeExperience(fields)).toEqual({ value: "yes", evidence: "Jeunes entrepreneurs franco-maliens de retour." });
    // The same words elsewhere (a wish, a perspective) decide nothing.
    expect(detectReturneeExperience([{ key: "perspectives", value: "Jeunes entrepreneurs franco-maliens de retour." }]).value).toBe("unknown");
  });
});
