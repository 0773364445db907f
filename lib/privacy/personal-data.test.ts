import { describe, expect, it } from "vitest";
import { isPersonalField, isPersonalSection, redactContactDetails } from "./personal-data";

describe("personal data of a fiche", () => {
  it("knows the contacts section and the contact fields", () => {
    expect(isPersonalSection("contacts")).toBe(true);
    expect(isPersonalSection("remarks")).toBe(false);
    expect(isPersonalSection(null)).toBe(false);
    expect(isPersonalField("focalPoint")).toBe(true);
    expect(isPersonalField("contact")).toBe(true);
    expect(isPersonalField("costs")).toBe(false);
  });

  it("redacts the report's phone and e-mail forms", () => {
    for (const personal of [
      "+223 63.37.56.89",
      "+223/66.60.55.50",
      "+ 223/76.73.13.13",
      "00223 83 70 50 33",
      "+223/78 72 01 15",
      "+223/706501.53",
      "66605550",
      "75 23 81 35",
      "JAIME.PUYOLES@aecid.es",
      "sissokosale79@yahoo.fr/contact@createam.ml",
    ]) {
      expect(redactContactDetails(`tel ${personal} fin`), personal).toMatch(/^tel …(\/…)? fin$/);
    }
  });

  it("leaves amounts, years and counts alone", () => {
    for (const open of ["10.000.000 FCFA", "60 000 000 FCFA", "2 500 élèves", "204 252 jeunes", "2021 – 2023", "1.500.000 USD"]) {
      expect(redactContactDetails(open)).toBe(open);
    }
  });
});
