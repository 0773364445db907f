import { describe, expect, it } from "vitest";
import { fold, joinCutWords, joinLines, squash } from "./text";

describe("text helpers", () => {
  it("folds case, accents and apostrophes", () => {
    expect(fold("L’État À Ségou")).toBe("l'etat a segou");
  });

  it("glues back the words the report cut at a line end, hyphen kept", () => {
    expect(joinCutWords("la promotion de l’auto-\nemploi")).toBe("la promotion de l’auto-emploi");
    expect(squash("accompagner les micro- \n entrepreneurs")).toBe("accompagner les micro-entrepreneurs");
    expect(joinLines(["Site : https://www.rmo-", "jobcenter.com/fr/mali.html"])).toBe("Site : https://www.rmo-jobcenter.com/fr/mali.html");
    expect(joinLines(["zone transfrontalière Mali-", "Mauritanie"])).toBe("zone transfrontalière Mali-Mauritanie");
  });

  it("keeps a dash between spaces and a hyphen inside a line as they are", () => {
    expect(squash("Bamako -\nKayes")).toBe("Bamako - Kayes");
    expect(squash("Route Bamako- Sévaré-Gao")).toBe("Route Bamako- Sévaré-Gao");
    expect(squash("• formations ;\n- stages")).toBe("• formations ; - stages");
  });
});
