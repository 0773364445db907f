import { describe, expect, it } from "vitest";
import { startsWithJobTitle } from "./job-titles";
import { splitOrganisationPosition } from "../tables/positions";

describe("one job-title vocabulary for contacts and interviews", () => {
  it("tells a role from a name at the start of a contact line", () => {
    expect(startsWithJobTitle("Directrice")).toBe(true);
    expect(startsWithJobTitle("Première Secrétaire")).toBe(true);
    expect(startsWithJobTitle("Co-fondatrice et gérante")).toBe(true);
    expect(startsWithJobTitle("Program Officer")).toBe(true);
    expect(startsWithJobTitle("Awa Diarra")).toBe(false);
    expect(startsWithJobTitle("Conseil Régional de Kayes")).toBe(false);
  });

  it("splits an interview cell at the same words", () => {
    expect(splitOrganisationPosition("Conseil Régional de Kayes Conseiller technique")).toEqual({
      organisation: "Conseil Régional de Kayes",
      position: "Conseiller technique",
    });
    expect(splitOrganisationPosition("Agence X Gérante")).toEqual({ organisation: "Agence X", position: "Gérante" });
  });
});
