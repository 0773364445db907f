import { describe, expect, it } from "vitest";
import { canonical, diffSnapshots, readSnapshot, type PartnerSnapshot } from "./history";

const snapshot: PartnerSnapshot = readSnapshot({
  scalars: {
    name: "CFP Test", displayName: "CFP Test", acronym: null, category: "vocational_training", structureType: null, country: "Mali",
    national: false, regionText: null, cities: ["Kayes"], cityText: null, supportTypes: [], founded: null, insertionText: null,
    insertionRate: null, insertionYear: null, returneeExperience: "yes", returneeEvidence: null, costs: null, challenges: null,
    perspectives: null, websites: [],
  },
  regions: ["kayes"],
  capacities: [{ kind: "absorption", text: "100 apprenants", min: null, max: 100, unit: "apprenants", period: "year", unlimited: false }],
  contacts: [{ name: "Awa", role: null, emails: [], phones: [{ text: "+223 66 00 11 22", number: "+22366001122" }] }],
});

describe("diffSnapshots", () => {
  it("lists only the fields that changed, with before and after", () => {
    const after = structuredClone(snapshot);
    after.scalars.costs = "Gratuit";
    after.capacities[0].max = 120;
    const changes = diffSnapshots(snapshot, after);
    expect(Object.keys(changes)).toEqual(["costs", "capacities"]);
    expect(changes.costs).toEqual({ before: null, after: "Gratuit" });
  });

  it("sees no change in a snapshot read back from JSON with its keys reordered (jsonb)", () => {
    const reordered = JSON.parse(canonical(snapshot)) as PartnerSnapshot;
    expect(diffSnapshots(snapshot, readSnapshot(reordered))).toEqual({});
    expect(Object.keys(reordered.scalars)[0]).toBe("acronym");
  });

  it("records an archive as a status change", () => {
    expect(diffSnapshots(snapshot, { ...snapshot, status: "archived" })).toEqual({ status: { before: "active", after: "archived" } });
  });
});
