import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTestData, createTestPartner, disconnectTestDb, getTestDb, uniqueSuffix } from "../../tests/db-utils";
import { parsePartnerFilters } from "./filters";
import { listPartners } from "./queries";
import { refreshSearchTexts } from "./search-index";

// A migration that changes what the search texts hold empties them; the
// refresh run after the migrations rebuilds them from the fiche (issue 9: the
// texts of an existing database held contact persons until this release).
const db = getTestDb();
afterEach(cleanupTestData);
afterAll(disconnectTestDb);

describe("refreshSearchTexts", () => {
  it("rebuilds emptied texts from the fiche, contact persons apart, without making an edit", async () => {
    const word = `zrefresh${uniqueSuffix()}`;
    const partner = await createTestPartner({
      searchText: "",
      sections: {
        create: [
          { position: 0, key: "structure", heading: "Structure", fields: { create: [{ position: 0, key: null, label: "Filières", value: `Atelier ${word}` }] } },
          { position: 1, key: "contacts", heading: "Contacts", fields: { create: [{ position: 0, key: "focalPoint", label: "Point focal", value: "Awa Zkeita, +223 70.11.22.33" }] } },
        ],
      },
      contacts: { create: [{ position: 0, name: "Awa Zkeita", role: "Directrice", emails: ["awa.zkeita@example.org"], phones: { create: [{ position: 0, text: "+223 70.11.22.33", number: "+22370112233" }] } }] },
    });

    expect(await refreshSearchTexts(db)).toBeGreaterThanOrEqual(1);
    const row = await db.partner.findUniqueOrThrow({ where: { id: partner.id }, select: { searchText: true, contactSearchText: true, version: true, updatedAt: true } });
    expect(row.searchText).toContain(`Atelier ${word}`);
    expect(row.searchText).not.toMatch(/Zkeita|70\.11\.22\.33|awa\.zkeita/);
    expect(row.contactSearchText).toMatch(/Awa Zkeita/);
    expect(row.contactSearchText).toContain("awa.zkeita@example.org");
    expect(row.version).toBe(partner.version);
    expect(row.updatedAt).toEqual(partner.updatedAt);

    const f = parsePartnerFilters(new URLSearchParams(`q=${word}`));
    if (!f.success) throw new Error(f.error.message);
    expect((await listPartners(f.data, null, db)).items.map((i) => i.slug)).toEqual([partner.slug]);
    const byEmail = parsePartnerFilters(new URLSearchParams("q=awa.zkeita@example.org"));
    if (!byEmail.success) throw new Error(byEmail.error.message);
    expect((await listPartners(byEmail.data, null, db)).total).toBe(0);

    // Nothing left to rebuild: a second run does nothing.
    expect(await refreshSearchTexts(db)).toBe(0);
  });
});
