import { describe, expect, it } from "vitest";
import { serializeProject } from "./projects";
import type { DonorRecord, FundingRecord } from "./rows";
import { groupFundedPartners, serializeDonor } from "./serializers";

const partner = (slug: string, name: string): FundingRecord["partner"] => ({
  slug,
  name: name.toUpperCase(),
  displayName: name,
  acronym: null,
  category: "ngo",
  national: false,
  regions: [{ region: { slug: "segou", name: "Ségou" } }, { region: { slug: "kayes", name: "Kayes" } }],
});

describe("groupFundedPartners", () => {
  it("gives one row per partner, current and past merged, current funding first", () => {
    const rows = groupFundedPartners([
      { text: "AFD (par le passé)", current: false, programme: null, inferred: false, partner: partner("b", "Beta") },
      { text: "AFD", current: false, programme: null, inferred: false, partner: partner("a", "Alpha") },
      { text: "AFD (ACEFOR)", current: true, programme: "ACEFOR", inferred: false, partner: partner("b", "Beta") },
    ]);
    expect(rows.map((r) => [r.slug, r.current, r.past])).toEqual([
      ["b", true, true],
      ["a", false, true],
    ]);
    expect(rows[0].mentions).toEqual(["AFD (par le passé)", "AFD (ACEFOR)"]);
    expect(rows[0].category).toBe("ngo");
    expect(rows[0].regions.map((r) => r.name)).toEqual(["Kayes", "Ségou"]);
    expect(rows.flatMap((r) => r.inferredVia)).toEqual([]);
  });

  it("orders partners of the same name and funding by slug, so that a page's first rows never depend on the read's order", () => {
    const twins = [partner("b-2", "Beta"), partner("b-1", "Beta")].map((p) => ({ text: "AFD", current: false, programme: null, inferred: false, partner: p }));
    expect(groupFundedPartners(twins).map((r) => r.slug)).toEqual(["b-1", "b-2"]);
    expect(groupFundedPartners([...twins].reverse()).map((r) => r.slug)).toEqual(["b-1", "b-2"]);
  });

  it("says 'via PROCEJ' for a funder the fiche reaches only through the programme, not as a quote naming it", () => {
    const [row] = groupFundedPartners([
      { text: "PROCEJ", current: true, programme: "PROCEJ", inferred: true, partner: partner("aek", "AEK") },
    ]);
    expect(row).toMatchObject({ mentions: [], inferredVia: ["PROCEJ"], current: true });
  });
});

describe("serializeProject", () => {
  it("turns the stored decimal budget into a number and keeps the text", () => {
    const view = serializeProject({
      name: "PAFEEM", theme: null, summary: null, duration: "2021-2026", startYear: 2021, endYear: 2026, national: false,
      zoneText: "Mopti", budgetAmount: { toString: () => "60000000.00" }, budgetCurrency: "USD", budgetText: "60 millions USD",
      budgetParts: [], startLine: 10, endLine: 20, regions: [],
    });
    expect(view.budget).toEqual({ amount: 60_000_000, currency: "USD", text: "60 millions USD", parts: [] });
    expect(view.lines).toEqual([10, 20]);
  });
});

describe("serializeDonor", () => {
  const NONE_FUNDED = { partners: [], total: 0 };
  const record: DonorRecord = {
    slug: "d", number: 1, name: "D", displayName: "D", acronym: null, country: "Mali", national: true, regionText: null,
    themes: [], anchoring: null, referral: null, perspectives: null, remarks: null, websites: [], sourceStart: 1, sourceEnd: 9,
    status: "active", regions: [], funder: null, projects: [],
    contacts: [{ name: "Mme Diallo", role: "Chargée", emails: ["d@x.org"], phones: [{ text: "+223 70 00 00 00", number: "+22370000000" }] }],
    sections: [
      { key: "theme", heading: "Emploi", startLine: 2, endLine: 5, fields: [{ key: null, label: "Budget", value: "1 EUR", startLine: 3, endLine: 3 }] },
      { key: "contacts", heading: "Contacts", startLine: 6, endLine: 9, fields: [{ key: "focalPoint", label: "Point focal", value: "Mme Diallo d@x.org", startLine: 7, endLine: 8 }] },
    ],
  };

  it("drops contacts and the contact section for anonymous visitors", () => {
    const out = serializeDonor(record, null, NONE_FUNDED);
    expect(JSON.stringify(out)).not.toMatch(/Diallo|d@x\.org|70 00/);
    expect(out.sections.map((s) => s.key)).toEqual(["theme"]);
    expect(out.contacts).toEqual({ hidden: true, count: 1, items: [] });
  });

  it("keeps them for a signed-in viewer", () => {
    const out = serializeDonor(record, { userId: 1, email: "o@x.org", role: "officer" }, NONE_FUNDED);
    expect(out.sections.map((s) => s.key)).toEqual(["theme", "contacts"]);
    expect(out.contacts.items[0].name).toBe("Mme Diallo");
  });
});
