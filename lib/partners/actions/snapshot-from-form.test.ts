import { describe, expect, it } from "vitest";
import { partnerFieldsSchema } from "../schemas";
import type { PartnerSnapshot } from "../history";
import { snapshotFromForm } from "./snapshot-from-form";

const before = {
  scalars: { name: "CFP", displayName: "CFP" },
  status: "archived",
  regions: [],
  capacities: [],
  trainings: [],
  fundings: [],
  contacts: [{ name: "Awa", role: null, emails: [], phones: [{ text: "66.60.55.50 (bureau)", number: "+22366605550" }] }],
  sections: [{ key: "s", heading: "Structure", startLine: 10, endLine: 12, fields: [{ key: null, label: "Coût", value: "ancien", startLine: 11, endLine: 11 }] }],
} as unknown as PartnerSnapshot;

describe("snapshotFromForm", () => {
  it("drops blank and removed rows, keeps phone numbers of unchanged texts, and lays section texts on the fiche", () => {
    const form = partnerFieldsSchema.parse({
      name: "CFP",
      category: "ngo",
      returneeExperience: "no",
      regions: ["segou", "kayes", "kayes"],
      trainings: [{ name: "Couture" }, { name: "" }, { name: "Soudure", remove: "on" }],
      fundings: [{ funder: "giz", current: "on" }, {}],
      contacts: [{ name: "Awa", phones: "66.60.55.50 (bureau)\n+223 70.11.22.33" }, {}],
      sections: [{ fields: [{ value: "nouveau" }] }],
    });
    const after = snapshotFromForm(before, form, new Map([["giz", "GIZ"]]));
    expect(after.status).toBe("archived");
    expect(after.regions).toEqual(["kayes", "segou"]);
    expect(after.trainings).toEqual([{ name: "Couture", durationMonths: null }]);
    expect(after.fundings).toEqual([{ funder: "giz", funderName: "GIZ", text: "GIZ", current: true, programme: null, inferred: false }]);
    expect(after.contacts).toHaveLength(1);
    expect(after.contacts[0].phones).toEqual([
      { text: "66.60.55.50 (bureau)", number: "+22366605550" },
      { text: "+223 70.11.22.33", number: "+22370112233" },
    ]);
    expect(after.sections[0]).toMatchObject({ heading: "Structure", startLine: 10, fields: [{ label: "Coût", value: "nouveau", startLine: 11 }] });
  });
});
