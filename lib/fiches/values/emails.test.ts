import { describe, it, expect } from "vitest";
import { parseEmails } from "./emails";

describe("parseEmails", () => {
  it("splits addresses glued with a slash", () => {
    expect(parseEmails("sissokosale79@yahoo.fr/contact@createam.ml")).toEqual([
      "sissokosale79@yahoo.fr",
      "contact@createam.ml",
    ]);
  });
  it("keeps the case as written and drops case-insensitive duplicates", () => {
    expect(parseEmails("christian.geosits@Swisscontact.org\nmailto:christian.geosits@swisscontact.org")).toEqual([
      "christian.geosits@Swisscontact.org",
    ]);
    expect(parseEmails("ASTOLS@UM.DK")).toEqual(["ASTOLS@UM.DK"]);
  });
  it("drops trailing punctuation", () => {
    expect(parseEmails("écrire à bamako@unicef.org.")).toEqual(["bamako@unicef.org"]);
    expect(parseEmails("+223/75.29.99.08, mkeita@ziracapital.com;")).toEqual(["mkeita@ziracapital.com"]);
  });
  it("finds nothing in a text without an address", () => {
    expect(parseEmails("Point focal MORO, Directeur Général")).toEqual([]);
  });
});
