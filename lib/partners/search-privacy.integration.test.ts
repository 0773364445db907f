import { afterAll, describe, expect, it } from "vitest";
import { disconnectTestDb, getTestDb } from "../../tests/db-utils";
import type { Viewer } from "../auth/roles";
import { parsePartnerFilters, type PartnerFilters } from "./filters";
import { getPartnerFacets, listPartners, listPartnersForExport } from "./queries";

// Issue 9: an anonymous search neither matches nor quotes contact persons
// (names, roles, phones, e-mails); a signed-in viewer's search may. Run on the
// seeded report: every contact of every partner is tried.
const db = getTestDb();
afterAll(disconnectTestDb);

const OFFICER: Viewer = { userId: -1, email: "officer@example.org", role: "officer" };

function filters(query: string): PartnerFilters {
  const r = parsePartnerFilters(new URLSearchParams(`${query}&pageSize=100`));
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

async function contactsOfPartners() {
  return db.partner.findMany({
    where: { status: "active", contacts: { some: {} } },
    select: { slug: true, searchText: true, contacts: { select: { name: true, emails: true, phones: { select: { text: true } } } } },
  });
}

/** Every e-mail, phone and name word of every contact person, with who holds it. */
async function personalData() {
  const partners = await contactsOfPartners();
  const pieces = partners.flatMap((p) =>
    p.contacts.flatMap((c) => [...c.emails, ...c.phones.map((ph) => ph.text), ...(c.name ? [c.name] : [])]).map((piece) => ({ slug: p.slug, piece })),
  );
  expect(pieces.length).toBeGreaterThan(50);
  return { partners, pieces };
}

describe("search and contact persons", () => {
  it("finds no partner by a contact's e-mail or phone number for an anonymous viewer", async () => {
    const { pieces } = await personalData();
    for (const { piece } of pieces.filter((p) => /@|\d{2}/.test(p.piece))) {
      const list = await listPartners(filters(`q=${encodeURIComponent(piece)}`), null, db);
      expect(list.total, `anonymous search for ${piece}`).toBe(0);
    }
  });

  it("quotes no contact detail in an anonymous passage, and matches a contact's name only through the open fiche", async () => {
    const { partners, pieces } = await personalData();
    const personal = pieces.map((p) => p.piece.toLowerCase());
    const names = partners.flatMap((p) => p.contacts.map((c) => c.name).filter((n): n is string => Boolean(n)));
    for (const q of ["focal", "point focal", "directeur", "contact", ...names]) {
      const list = await listPartners(filters(`q=${encodeURIComponent(q)}`), null, db);
      for (const item of list.items) {
        const passage = item.passage?.text.toLowerCase() ?? "";
        for (const piece of personal) expect(passage, `passage for "${q}" in ${item.slug}`).not.toContain(piece);
      }
    }
    // The open text of every partner holds no e-mail and no phone of its contacts.
    for (const p of partners) {
      for (const c of p.contacts) {
        for (const e of c.emails) expect(p.searchText.toLowerCase()).not.toContain(e.toLowerCase());
        for (const ph of c.phones) expect(p.searchText).not.toContain(ph.text);
      }
    }
  });

  it("keeps contact matches out of the anonymous facets and exports", async () => {
    const { pieces } = await personalData();
    const email = pieces.find((p) => p.piece.includes("@"))!;
    const f = filters(`q=${encodeURIComponent(email.piece)}`);
    const facets = await getPartnerFacets(f, null, db);
    expect(facets.category.reduce((n, c) => n + c.count, 0)).toBe(0);
    expect(await listPartnersForExport(f, null, db)).toEqual([]);
    // A signed-in officer's facets and exports count the partner.
    const officerFacets = await getPartnerFacets(f, OFFICER, db);
    expect(officerFacets.category.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(0);
    expect((await listPartnersForExport(f, OFFICER, db)).map((r) => r.slug)).toContain(email.slug);
  });

  it("lets a signed-in viewer find a partner by its contact's e-mail, phone or name, quoting it", async () => {
    const { pieces } = await personalData();
    const byKind = [pieces.find((p) => p.piece.includes("@"))!, pieces.find((p) => /\d{2}/.test(p.piece))!, pieces.find((p) => !/@|\d/.test(p.piece))!];
    for (const { slug, piece } of byKind) {
      const list = await listPartners(filters(`q=${encodeURIComponent(piece)}`), OFFICER, db);
      const hit = list.items.find((i) => i.slug === slug);
      expect(hit, `officer search for ${piece}`).toBeDefined();
    }
    const email = byKind[0];
    const list = await listPartners(filters(`q=${encodeURIComponent(email.piece)}`), OFFICER, db);
    const local = email.piece.split("@")[0].toLowerCase();
    expect(list.items.find((i) => i.slug === email.slug)?.passage?.text.toLowerCase()).toContain(local);
  });
});

describe("search terms that broke the highlighter (issue 7)", () => {
  it.each(["l'API", "C++", "(formation", "[a-z]+", "a|b", "x*", "\\", "e-mail@", "-", "'"])(
    "answers %s without an error",
    async (q) => {
      const list = await listPartners(filters(`q=${encodeURIComponent(q)}`), null, db);
      expect(Number.isInteger(list.total)).toBe(true);
      for (const item of list.items) if (item.passage) expect(item.passage.marks.length).toBeGreaterThan(0);
    },
  );

  it("finds the fiches that write a hyphenated word, and marks it", async () => {
    for (const q of ["auto-emploi", "sous-traitance", "plomberie-sanitaire", "menuiserie–bois", "UE-OIM", "saint-louis"]) {
      // The report writes "Menuiserie-bois" with a hyphen; the query's en dash folds to it (unaccent).
      const holders = await db.$queryRaw<{ slug: string }[]>`
        SELECT slug FROM "organization" WHERE status = 'active' AND f_unaccent(lower("searchText")) LIKE '%' || f_unaccent(lower(${q})) || '%'`;
      expect(holders.length, q).toBeGreaterThan(0);
      const list = await listPartners(filters(`q=${encodeURIComponent(q)}`), null, db);
      expect(list.items.map((i) => i.slug)).toEqual(expect.arrayContaining(holders.map((h) => h.slug)));
      const marked = list.items.find((i) => i.slug === holders[0].slug)?.passage;
      expect(marked?.marks.length, q).toBeGreaterThan(0);
    }
  });

  it("ranks the fiches holding the exact word before those with only a stemmed neighbour", async () => {
    const list = await listPartners(filters("q=mécanique"), null, db);
    const rows = await db.partner.findMany({ where: { slug: { in: list.items.map((i) => i.slug) } }, select: { slug: true, searchText: true, name: true } });
    const exact = new Set(rows.filter((r) => /m[ée]canique/i.test(`${r.name}\n${r.searchText}`)).map((r) => r.slug));
    expect(exact.size).toBeGreaterThan(0);
    expect(exact.size).toBeLessThan(list.items.length); // "mécanisme" fiches match by stem too
    const order = list.items.map((i) => exact.has(i.slug));
    // Every exact fiche comes before every stem-only fiche.
    expect(order).toEqual([...order].sort((a, b) => Number(b) - Number(a)));
  });
});
