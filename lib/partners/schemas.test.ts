import { describe, expect, it } from "vitest";
import { partnerFieldsSchema } from "./schemas";

const base = { name: "Centre", category: "ngo", returneeExperience: "unknown" };

describe("partnerFieldsSchema (shared by the form and the server action)", () => {
  it("reads form strings into typed values: numbers with a decimal comma, lines, ticked boxes, CRLF", () => {
    const parsed = partnerFieldsSchema.parse({
      ...base,
      insertionRate: "68,5",
      founded: "1998",
      national: "on",
      cities: "Kayes\r\n\r\n Kita ",
      costs: "ligne 1\r\nligne 2",
      capacities: { absorption: { text: "100 jeunes par an", min: "", max: "100", period: "year" }, total: { text: "" } },
    });
    expect(parsed).toMatchObject({
      insertionRate: 68.5,
      founded: 1998,
      national: true,
      cities: ["Kayes", "Kita"],
      costs: "ligne 1\nligne 2",
      acronym: null,
      capacities: { absorption: { text: "100 jeunes par an", min: null, max: 100, period: "year", unlimited: false }, total: null },
    });
  });

  it("names each wrong field with an i18n key", () => {
    const result = partnerFieldsSchema.safeParse({
      ...base,
      name: "  ",
      insertionYear: "deux mille",
      capacities: { absorption: { text: "", max: "30" }, returnee: { text: "x", min: "50", max: "10" } },
      contacts: [{ emails: "ok@example.org\nnot-an-email" }],
      fundings: [{ funder: "giz", current: "on" }, { funder: "giz", current: "on" }, { text: "sans bailleur" }],
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toMatchObject({
      name: "required",
      insertionYear: "notANumber",
      "capacities.absorption.text": "capacityTextRequired",
      "capacities.returnee.max": "maxBelowMin",
      "contacts.0.emails.1": "invalidEmail",
      "fundings.1.funder": "duplicateFunder",
      "fundings.2.funder": "funderRequired",
    });
  });
});
