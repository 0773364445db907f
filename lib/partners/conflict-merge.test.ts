import { describe, expect, it } from "vitest";
import { conflictingUnits, defaultChoice, mergeSnapshots } from "./conflict-merge";
import type { PartnerSnapshot } from "./history";

const base: PartnerSnapshot = {
  scalars: {
    name: "CFP",
    displayName: "CFP",
    acronym: null,
    category: "ngo",
    structureType: null,
    country: "Mali",
    national: false,
    nationalText: null,
    regionText: null,
    cities: [],
    cityText: null,
    supportTypes: [],
    founded: null,
    insertionText: null,
    insertionRate: null,
    insertionYear: null,
    returneeExperience: "unknown",
    returneeEvidence: null,
    costs: "Gratuit",
    challenges: "Peu de moyens",
    perspectives: "Agrandir",
    websites: [],
  },
  status: "active",
  regions: ["kayes"],
  capacities: [{ kind: "absorption", text: "50 par an", min: null, max: 50, unit: null, period: "year", per: null, unlimited: false }],
  trainings: [{ name: "Couture", durationMonths: 6 }],
  fundings: [],
  contacts: [{ name: "Awa", role: null, emails: [], phones: [{ text: "66 00 11 22", number: "+22366001122" }] }],
  sections: [
    { key: "s", heading: "Structure", startLine: 1, endLine: 3, fields: [{ key: null, label: "Coût", value: "ancien", startLine: 2, endLine: 2 }, { key: null, label: "Public", value: "jeunes", startLine: 3, endLine: 3 }] },
  ],
};

const edit = (s: PartnerSnapshot, scalars: Partial<PartnerSnapshot["scalars"]>, rest: Partial<PartnerSnapshot> = {}): PartnerSnapshot => ({
  ...s,
  ...rest,
  scalars: { ...s.scalars, ...scalars },
});

describe("conflictingUnits", () => {
  it("lists what the other person changed where this admin's version differs, and says when both changed it", () => {
    const theirs = edit(base, { costs: "10 000 FCFA", perspectives: "Ouvrir à Ségou" }, { regions: ["kayes", "segou"] });
    const mine = edit(base, { costs: "5 000 FCFA", challenges: "Locaux" }, { regions: ["kayes", "segou"] });
    const conflicts = conflictingUnits(base, mine, theirs);
    // Regions: both made the same change, nothing to decide; challenges: only mine changed.
    expect(conflicts.map((c) => [c.unit.id, c.mineChanged])).toEqual([
      ["costs", true],
      ["perspectives", false],
    ]);
    expect(conflicts.map(defaultChoice)).toEqual(["mine", "theirs"]);
  });

  it("cuts the report's text into one unit per field, and capacities per kind", () => {
    const sections = structuredClone(base.sections);
    sections[0].fields[1].value = "femmes";
    const theirs = edit(base, {}, { sections, capacities: [{ ...base.capacities[0], max: 80, text: "80 par an" }] });
    expect(conflictingUnits(base, base, theirs).map((c) => c.unit.id)).toEqual(["capacities.absorption", "sections.0.1"]);
  });

  it("compares contacts by the phone as written", () => {
    const theirs = edit(base, {}, { contacts: [{ ...base.contacts[0], phones: [{ text: "66 00 11 22", number: null }] }] });
    expect(conflictingUnits(base, base, theirs)).toEqual([]);
  });
});

describe("mergeSnapshots", () => {
  it("takes each unit from the side chosen, keeps this admin's other changes and the other person's untouched ones", () => {
    const theirs = edit(base, { costs: "10 000 FCFA", perspectives: "Ouvrir à Ségou" }, { trainings: [{ name: "Soudure", durationMonths: 3 }] });
    const mine = edit(base, { costs: "5 000 FCFA", challenges: "Locaux", perspectives: "Fermer" });
    const merged = mergeSnapshots(base, mine, theirs, { costs: "mine", perspectives: "theirs" });
    expect(merged.scalars).toMatchObject({ costs: "5 000 FCFA", challenges: "Locaux", perspectives: "Ouvrir à Ségou" });
    expect(merged.trainings).toEqual([{ name: "Soudure", durationMonths: 3 }]);
    const otherWay = mergeSnapshots(base, mine, theirs, { costs: "theirs", perspectives: "mine" });
    expect(otherWay.scalars).toMatchObject({ costs: "10 000 FCFA", challenges: "Locaux", perspectives: "Fermer" });
  });

  it("merges the report's text field by field", () => {
    const mineSections = structuredClone(base.sections);
    mineSections[0].fields[0].value = "nouveau (moi)";
    const theirSections = structuredClone(base.sections);
    theirSections[0].fields[1].value = "femmes (autre)";
    const merged = mergeSnapshots(base, edit(base, {}, { sections: mineSections }), edit(base, {}, { sections: theirSections }), {});
    expect(merged.sections[0].fields.map((f) => f.value)).toEqual(["nouveau (moi)", "femmes (autre)"]);
  });

  it("takes a whole capacity from one side, and can drop it", () => {
    const theirs = edit(base, {}, { capacities: [] });
    const mine = edit(base, {}, { capacities: [{ ...base.capacities[0], max: 60, text: "60 par an" }] });
    expect(mergeSnapshots(base, mine, theirs, { "capacities.absorption": "theirs" }).capacities).toEqual([]);
    expect(mergeSnapshots(base, mine, theirs, { "capacities.absorption": "mine" }).capacities[0].max).toBe(60);
  });
});
