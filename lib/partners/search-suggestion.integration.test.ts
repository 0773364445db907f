import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTestData, createTestPartner, disconnectTestDb, getTestDb } from "../../tests/db-utils";
import type { Viewer } from "../auth/roles";
import { parsePartnerFilters, type PartnerFilters } from "./filters";
import { listPartners } from "./queries";
import { suggestSearch } from "./search-suggestion";
import { refreshSearchWords } from "./search-words";

// "Did you mean" on the seeded report: a mistyped word of the fiches' text is
// spelled as the directory spells it, only when that finds something, and never
// with a word of a contact person.
const db = getTestDb();
afterEach(cleanupTestData);
afterAll(async () => {
  await refreshSearchWords(db);
  await disconnectTestDb();
});

const OFFICER: Viewer = { userId: -1, email: "officer@example.org", role: "officer" };

function filters(query: string): PartnerFilters {
  const r = parsePartnerFilters(new URLSearchParams(query));
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

/** Two inner letters swapped: the commonest typo. */
function swapped(word: string): string {
  const i = Math.floor(word.length / 2);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

describe("suggestSearch", () => {
  it("spells a mistyped trade as the fiches do, with what that finds", async () => {
    expect((await listPartners(filters("q=formaiton"), null, db)).total).toBe(0);
    const suggestion = await suggestSearch(filters("q=formaiton"), null, db);
    expect(suggestion?.q).toBe("formation");
    expect(suggestion?.total).toBe((await listPartners(filters("q=formation"), null, db)).total);
    expect(suggestion!.total).toBeGreaterThan(0);
  });

  it("mends each unknown word of several and keeps the known ones", async () => {
    const suggestion = await suggestSearch(filters("q=insertion+profesionnelle"), null, db);
    expect(suggestion?.q).toBe("insertion professionnelle");
    // Spaces as typed, however many.
    expect((await suggestSearch(filters("q=insertion%20%20%20profesionnelle"), null, db))?.q).toBe("insertion professionnelle");
  });

  it("counts in the same view, and suggests nothing that finds nothing there", async () => {
    const everywhere = await suggestSearch(filters("q=formaiton"), null, db);
    const inKayes = await suggestSearch(filters("q=formaiton&region=kayes"), null, db);
    expect(inKayes?.q).toBe("formation");
    expect(inKayes!.total).toBeLessThanOrEqual(everywhere!.total);
    expect(inKayes!.total).toBe((await listPartners(filters("q=formation&region=kayes"), null, db)).total);
    // A mended search that finds nothing here either is not offered.
    expect((await listPartners(filters("q=formation&course=zzzqqqxxx"), null, db)).total).toBe(0);
    expect(await suggestSearch(filters("q=formaiton&course=zzzqqqxxx"), null, db)).toBeNull();
    // Every word known: nothing to mend, even when the view is empty.
    expect(await suggestSearch(filters("q=formation&course=zzzqqqxxx"), null, db)).toBeNull();
  });

  it("leaves alone what it cannot rewrite safely: operators, quotes, many or short words", async () => {
    // "traore" once became "tre" (a three-letter word of the fiches): a typo keeps its length within two letters.
    for (const q of ['"formaiton agricole"', "formaiton -agricole", "a b c d e f", "ab", "zzzzqqqxxx", "traore"]) {
      expect(await suggestSearch(filters(`q=${encodeURIComponent(q)}`), null, db), q).toBeNull();
    }
  });

  it("never suggests a contact person's name, to anyone", async () => {
    const words = await db.$queryRaw<{ word: string }[]>`
      SELECT DISTINCT w AS word
      FROM "contact" c, regexp_split_to_table(f_unaccent(lower(c."name")), '[^a-z]+') w
      WHERE length(w) >= 6 AND NOT EXISTS (SELECT 1 FROM "search_word" s WHERE s."word" = w)`;
    expect(words.length, "contact names that the open text does not hold").toBeGreaterThan(3);
    for (const { word } of words.slice(0, 10)) {
      for (const viewer of [null, OFFICER]) {
        const suggestion = await suggestSearch(filters(`q=${swapped(word)}`), viewer, db);
        expect(suggestion?.q ?? "", `${swapped(word)} for ${viewer ? "an officer" : "an anonymous visitor"}`).not.toBe(word);
      }
    }
  });

  it("learns a new fiche's words when the vocabulary is rebuilt", async () => {
    await createTestPartner({ name: "Zorglubtech Bamako", displayName: "Zorglubtech Bamako" });
    expect(await suggestSearch(filters("q=zorgulbtech"), null, db)).toBeNull();
    await refreshSearchWords(db);
    expect(await suggestSearch(filters("q=zorgulbtech"), null, db)).toEqual({ q: "zorglubtech", total: 1 });
  });
});
