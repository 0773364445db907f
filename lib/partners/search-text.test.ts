import { describe, expect, it } from "vitest";
import { buildSearchText } from "./search-text";

const base = {
  name: "CFP MISSABOUGOU",
  displayName: "Centre de formation professionnelle de Missabougou",
  acronym: "CFP",
  sections: [
    { heading: "Structure", fields: [{ label: "Type de structure", value: "Coopérative agricole" }] },
    { heading: "Partenariats", fields: [{ label: "Partenaires financiers", value: "AFD (ACEFOR)" }] },
  ],
  trainings: [{ name: "Mécanique auto" }],
  funders: ["AFD", "AFD (ACEFOR)"],
  regions: ["Bamako"],
  cities: ["Kati"],
};

describe("buildSearchText", () => {
  it("includes names, every label and value, trainings, funders, regions and cities", () => {
    const text = buildSearchText(base);
    for (const piece of ["CFP MISSABOUGOU", "Type de structure", "Coopérative agricole", "Mécanique auto", "AFD", "Bamako", "Kati"]) {
      expect(text).toContain(piece);
    }
  });

  it("writes a repeated piece once and squashes whitespace", () => {
    const text = buildSearchText({ ...base, cities: ["Bamako", "  Kati\n "] });
    expect(text.split("\n").filter((l) => l === "AFD (ACEFOR)")).toHaveLength(1);
    expect(text.split("\n").filter((l) => l === "Bamako")).toHaveLength(1);
    expect(text.split("\n")).toContain("Kati");
  });

  it("skips missing optional names", () => {
    expect(buildSearchText({ ...base, displayName: null, acronym: null }).startsWith("CFP MISSABOUGOU\nStructure")).toBe(true);
  });
});
