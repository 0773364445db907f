import { describe, expect, it } from "vitest";
import { buildSearchText } from "./search-text";

const base = {
  name: "CFP MISSABOUGOU",
  displayName: "Centre de formation professionnelle de Missabougou",
  acronym: "CFP",
  sections: [
    { key: "structure", heading: "Structure", fields: [{ key: "structureType", label: "Type de structure", value: "Coopérative agricole" }] },
    { key: "partnerships", heading: "Partenariats", fields: [{ key: null, label: "Partenaires financiers", value: "AFD (ACEFOR)" }] },
    {
      key: "contacts",
      heading: "Contacts",
      fields: [{ key: "focalPoint", label: "Point focal", value: "Awa Traoré, Directrice ; +223 70.11.22.33, awa.traore@example.org" }],
    },
  ],
  trainings: [{ name: "Mécanique auto" }],
  funders: ["AFD", "AFD (ACEFOR)"],
  regions: ["Bamako"],
  cities: ["Kati"],
  contacts: [{ name: "Awa Traoré", role: "Directrice", emails: ["awa.traore@example.org"], phones: [{ text: "+223 70.11.22.33", number: "+22370112233" }] }],
};

describe("buildSearchText", () => {
  it("puts names, every open label and value, trainings, funders, regions and cities in the open text", () => {
    const { text } = buildSearchText(base);
    for (const piece of ["CFP MISSABOUGOU", "Type de structure", "Coopérative agricole", "Mécanique auto", "AFD", "Bamako", "Kati"]) {
      expect(text).toContain(piece);
    }
  });

  it("keeps contact persons out of the open text and puts them in the contact text", () => {
    const { text, contactText } = buildSearchText(base);
    for (const personal of ["Awa", "Traoré", "Directrice", "70.11.22.33", "+22370112233", "awa.traore@example.org", "Point focal"]) {
      expect(text).not.toContain(personal);
      expect(contactText).toContain(personal);
    }
  });

  it("keeps a contact field out of the open text wherever the fiche put it", () => {
    const misplaced = {
      ...base,
      sections: [{ key: "remarks", heading: "Remarques", fields: [{ key: "contact", label: "Contact", value: "Moussa Keïta, 66 60 55 50" }] }],
      contacts: [],
    };
    const { text, contactText } = buildSearchText(misplaced);
    expect(text).not.toMatch(/Moussa|Keïta|66 60 55 50/);
    expect(contactText).toContain("Moussa Keïta, 66 60 55 50");
  });

  it("redacts e-mail addresses and phone numbers left in open fields, and keeps amounts", () => {
    const withStray = {
      ...base,
      sections: [
        {
          key: "remarks",
          heading: "Remarques",
          fields: [{ key: null, label: "Autres remarques", value: "Écrire à info@centre.ml ou appeler le 00223 83 70 50 33. Budget 10.000.000 FCFA." }],
        },
      ],
    };
    const { text } = buildSearchText(withStray);
    expect(text).not.toContain("info@centre.ml");
    expect(text).not.toMatch(/83 70 50 33/);
    expect(text).toContain("Budget 10.000.000 FCFA.");
  });

  it("writes a repeated piece once and squashes whitespace", () => {
    const { text } = buildSearchText({ ...base, cities: ["Bamako", "  Kati\n "] });
    expect(text.split("\n").filter((l) => l === "AFD (ACEFOR)")).toHaveLength(1);
    expect(text.split("\n").filter((l) => l === "Bamako")).toHaveLength(1);
    expect(text.split("\n")).toContain("Kati");
  });

  it("joins back a word the report cut at a line end, so auto-emploi is one word", () => {
    const sections = [{ heading: "Structure", fields: [{ label: "Appui", value: "promotion de l’auto-\nemploi des micro-\nentrepreneurs" }] }];
    expect(buildSearchText({ ...base, sections }).text).toContain("promotion de l’auto-emploi des micro-entrepreneurs");
  });

  it("skips missing optional names", () => {
    expect(buildSearchText({ ...base, displayName: null, acronym: null }).text.startsWith("CFP MISSABOUGOU\nStructure")).toBe(true);
  });
});
