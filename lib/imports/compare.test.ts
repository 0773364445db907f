import { describe, expect, it } from "vitest";
import type { PartnerSnapshot } from "../partners/history";
import { comparePartner } from "./compare";
import { outcome } from "./decisions";

function snapshot(patch: Partial<PartnerSnapshot["scalars"]> = {}, sections: PartnerSnapshot["sections"] = []): PartnerSnapshot {
  return {
    scalars: {
      name: "DONILAB",
      displayName: "DONILAB",
      acronym: null,
      category: "incubator",
      structureType: null,
      country: "Mali",
      national: false,
      nationalText: null,
      regionText: "Bamako",
      cities: [],
      cityText: null,
      supportTypes: [],
      founded: 2015,
      insertionText: null,
      insertionRate: null,
      insertionYear: null,
      returneeExperience: "unknown",
      returneeEvidence: null,
      costs: null,
      challenges: null,
      perspectives: null,
      websites: [],
      ...patch,
    },
    status: "active",
    regions: ["bamako"],
    capacities: [],
    trainings: [],
    fundings: [],
    contacts: [],
    sections,
  };
}

const section = (start: number, value: string): PartnerSnapshot["sections"] => [
  { key: "structure", heading: "Structure", startLine: start, endLine: start + 4, fields: [{ key: "city", label: "Ville", value, startLine: start + 2, endLine: start + 2 }] },
];

describe("comparePartner", () => {
  const base = { edited: [] as string[], pinned: [] as string[] };

  it("finds the fields the new edition changes, and nothing where the fiche only moved in the text", () => {
    const current = snapshot({}, section(100, "Bamako"));
    const next = snapshot({ name: "DONILAB MALI" }, section(90, "Bamako"));
    expect(comparePartner({ ...base, current, report: current, next })).toEqual([
      { field: "name", before: "DONILAB", after: "DONILAB MALI", conflict: false },
    ]);
  });

  it("shows only the lines of the report's text that differ", () => {
    const current = snapshot({}, section(100, "Bamako"));
    const next = snapshot({}, section(100, "Ségou"));
    expect(comparePartner({ ...base, current, report: current, next })).toEqual([
      { field: "sections", before: ["Structure › Ville : Bamako"], after: ["Structure › Ville : Ségou"], conflict: false },
    ]);
  });

  it("leaves an admin's edit alone when the edition says what the last one said, and flags a conflict when it says something new", () => {
    const report = snapshot();
    const current = snapshot({ founded: 2016 });
    expect(comparePartner({ current, report, next: snapshot(), edited: ["founded"], pinned: [] })).toEqual([]);
    expect(comparePartner({ current, report, next: snapshot({ founded: 2017 }), edited: ["founded"], pinned: [] })).toEqual([
      { field: "founded", before: 2016, after: 2017, conflict: true },
    ]);
  });

  it("does not offer again a value an admin rejected at the last import", () => {
    const report = snapshot({ founded: 2017 });
    const current = snapshot({ founded: 2015 });
    expect(comparePartner({ current, report, next: snapshot({ founded: 2017 }), edited: [], pinned: ["founded"] })).toEqual([]);
  });
});

describe("outcome", () => {
  const change = {
    number: 10,
    slug: "donilab",
    name: "DONILAB",
    status: "changed" as const,
    fields: [
      { field: "name", before: "A", after: "B", conflict: false },
      { field: "founded", before: 2016, after: 2017, conflict: true },
    ],
  };

  it("follows the edition where nobody decided, except on a conflict", () => {
    expect(outcome("partner", change, {})).toEqual({ apply: true, accepted: ["name"], rejected: ["founded"] });
  });

  it("takes a decision for the whole fiche over the per-field ones", () => {
    expect(outcome("partner", change, { fiches: { p10: "accept" }, fields: { p10: { name: "reject" } } })).toEqual({ apply: true, accepted: ["name", "founded"], rejected: [] });
    expect(outcome("partner", change, { fiches: { p10: "fields" }, fields: { p10: { name: "reject", founded: "accept" } } })).toEqual({
      apply: true,
      accepted: ["founded"],
      rejected: ["name"],
    });
    expect(outcome("partner", { ...change, status: "removed", fields: undefined }, { fiches: { p10: "reject" } }).apply).toBe(false);
  });
});
