import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTestData, createTestFunder, createTestPartner, disconnectTestDb, getTestDb, uniqueSuffix } from "../../tests/db-utils";
import { Prisma } from "../db/generated/client";
import { facetReadFilters } from "./cache-keys";
import { parsePartnerFilters, type PartnerFilters } from "./filters";
import { getPartnerFacets, listPartners, listPartnersForExport } from "./queries";
import { nameSimilarity, OPEN_SEARCH, searchHits } from "./search";
import { serializePartnerList } from "./serializers";

// The seeded report (tests/setup/global-db.ts). Expectations are computed with
// independent Prisma queries, so the tests follow the data rather than copy it.
const db = getTestDb();
afterEach(cleanupTestData);
afterAll(disconnectTestDb);

function filters(query: string): PartnerFilters {
  const r = parsePartnerFilters(new URLSearchParams(query));
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

async function all(query: string) {
  const f = filters(query.includes("pageSize") ? query : `${query}&pageSize=100`);
  return serializePartnerList(await listPartners(f, null, db));
}

async function slugsWhere(where: Prisma.PartnerWhereInput): Promise<string[]> {
  const rows = await db.partner.findMany({ where: { status: "active", ...where }, select: { slug: true } });
  return rows.map((r) => r.slug).sort();
}

const sorted = (items: { slug: string }[]) => items.map((i) => i.slug).sort();
const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

const inKayes: Prisma.PartnerWhereInput = { OR: [{ national: true }, { regions: { some: { region: { name: "Kayes" } } } }] };

describe("listPartners: filters", () => {
  it("lists every active partner by default, 25 a page, by name", async () => {
    const active = await db.partner.count({ where: { status: "active" } });
    const page = serializePartnerList(await listPartners(filters(""), null, db));
    expect(page.total).toBe(active);
    expect(page.items).toHaveLength(Math.min(25, active));
    const names = page.items.map((i) => fold(i.name));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));
  });

  it("leaves archived partners out", async () => {
    const word = `zarchive${uniqueSuffix()}`;
    const active = await createTestPartner({ searchText: word });
    await createTestPartner({ searchText: word, status: "archived" });
    const found = await all(`q=${word}`);
    expect(found.items.map((i) => i.slug)).toEqual([active.slug]);
    expect(found.total).toBe(1);
  });

  it("filters by region, by name or slug, counting national partners in every region", async () => {
    const expected = await slugsWhere(inKayes);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted((await all("region=Kayes")).items)).toEqual(expected);
    expect(sorted((await all("region=kayes")).items)).toEqual(expected);
    expect(sorted((await all("region=Ségou")).items)).toEqual(sorted((await all("region=segou")).items));
  });

  it("marks a national partner and returns it for any region", async () => {
    const p = await createTestPartner({ national: true });
    const gao = await all("region=gao");
    const item = gao.items.find((i) => i.slug === p.slug);
    expect(item?.national).toBe(true);
    expect(item?.regions).toEqual([]);
  });

  it("filters by category, returnee experience and insertion figures", async () => {
    expect(sorted((await all("category=vocational-training")).items)).toEqual(await slugsWhere({ category: "vocational_training" }));
    expect(sorted((await all("category=ngo&category=incubator")).items)).toEqual(
      await slugsWhere({ category: { in: ["ngo", "incubator"] } }),
    );
    expect(sorted((await all("returnees=yes")).items)).toEqual(await slugsWhere({ returneeExperience: "yes" }));
    expect(sorted((await all("returnees=past,no")).items)).toEqual(await slugsWhere({ returneeExperience: { in: ["past", "no"] } }));
    const withRate = await slugsWhere({ insertionRate: { not: null } });
    expect(withRate.length).toBeGreaterThan(0);
    expect(sorted((await all("hasInsertion=true")).items)).toEqual(withRate);
    expect(sorted((await all("hasInsertion=false")).items)).toEqual(await slugsWhere({ insertionRate: null }));
  });

  it("filters by funder slug", async () => {
    const funder = await db.funder.findFirstOrThrow({ where: { fundings: { some: { partner: { status: "active" } } } } });
    expect(sorted((await all(`funder=${funder.slug}`)).items)).toEqual(await slugsWhere({ fundings: { some: { funderId: funder.id } } }));
  });

  it("filters by course, accent- and case-insensitively", async () => {
    const training = await db.training.findFirstOrThrow({ where: { name: { contains: "é" } } });
    const word = training.name.split(/\s+/).find((w) => w.includes("é"))!;
    const expected = await slugsWhere({ trainings: { some: { name: { contains: word, mode: "insensitive" } } } });
    expect(sorted((await all(`course=${encodeURIComponent(fold(word).toUpperCase())}`)).items)).toEqual(
      expect.arrayContaining(expected),
    );
  });

  // A whole figure only: "100 à 200 jeunes par an et par filière" (AEK) counts per course, not for the centre.
  const wholeAtLeast100: Prisma.CapacityWhereInput = {
    kind: "absorption",
    OR: [{ unlimited: true }, { per: null, max: { gte: 100 } }, { per: null, max: null, min: { gte: 100 } }],
  };

  it("filters by minimum absorption capacity, unlimited included, per-group figures left out", async () => {
    const expected = await slugsWhere({ capacities: { some: wholeAtLeast100 } });
    const found = await all("minCapacity=100");
    expect(sorted(found.items)).toEqual(expected);
    for (const item of found.items) {
      const c = item.absorptionCapacity!;
      expect(c.unlimited || (c.per === null && (c.max ?? c.min ?? 0) >= 100)).toBe(true);
    }
    expect(await slugsWhere({ capacities: { some: { kind: "absorption", per: { not: null }, max: { gte: 100 } } } })).not.toEqual([]);
  });

  it("combines filters: in Kayes, working with returnees, capacity >= 100", async () => {
    const expected = await slugsWhere({
      AND: [
        inKayes,
        { returneeExperience: "yes" },
        { capacities: { some: wholeAtLeast100 } },
      ],
    });
    expect(expected.length).toBeGreaterThan(0);
    const found = await all("region=Kayes&returnees=yes&minCapacity=100");
    expect(sorted(found.items)).toEqual(expected);
    expect(found.total).toBe(expected.length);
  });
});

describe("listPartners: search", () => {
  it("finds 'coopérative' when asked for 'cooperative' (accents and case)", async () => {
    const withWord = await slugsWhere({ searchText: { contains: "coopérative", mode: "insensitive" } });
    expect(withWord.length).toBeGreaterThan(0);
    const found = await all("q=COOPERATIVE");
    expect(sorted(found.items)).toEqual(expect.arrayContaining(withWord));
  });

  it("finds the centres that teach menuiserie, with the passage that matched", async () => {
    const teaching = await slugsWhere({ trainings: { some: { name: { contains: "menuiserie", mode: "insensitive" } } } });
    expect(teaching.length).toBeGreaterThan(0);
    const found = await all("q=menuiserie");
    expect(sorted(found.items)).toEqual(expect.arrayContaining(teaching));
    const passage = found.items[0].passage!;
    expect(passage.marks.length).toBeGreaterThan(0);
    const [s, e] = passage.marks[0];
    expect(fold(passage.text.slice(s, e))).toMatch(/menuiser/);
  });

  it("shows the passage as written, accents included", async () => {
    const found = await all("q=cooperative");
    const marked = found.items.flatMap((i) => (i.passage ? i.passage.marks.map(([s, e]) => i.passage!.text.slice(s, e)) : []));
    expect(marked.some((w) => /coopé/i.test(w))).toBe(true);
  });

  it("ranks name and acronym matches first, and finds partial names", async () => {
    const partner = await db.partner.findFirstOrThrow({ where: { status: "active", acronym: { not: null } }, orderBy: { number: "asc" } });
    const byAcronym = await all(`q=${encodeURIComponent(partner.acronym!.toLowerCase())}`);
    expect(byAcronym.items[0].slug).toBe(partner.slug);

    const kayes = await all("q=kayes");
    const nameHits = kayes.items.map((i) => /kayes/i.test(i.name));
    // Every name match comes before the first fiche-only match.
    expect(nameHits.indexOf(false) === -1 || nameHits.lastIndexOf(true) < nameHits.indexOf(false)).toBe(true);
    expect(nameHits.some(Boolean)).toBe(true);

    const long = partner.displayName.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    const partial = await all(`q=${encodeURIComponent(fold(long).slice(0, 5))}`);
    expect(partial.items.map((i) => i.slug)).toContain(partner.slug);
  });

  it("takes hostile text as text", async () => {
    const before = await db.partner.count();
    for (const q of ["'; DROP TABLE organization; --", "%", "_", "\\", "🤝 ɓ ߀", "a:* & !b | (c"]) {
      const r = await all(`q=${encodeURIComponent(q)}`);
      expect(r.total).toBeLessThan(before);
    }
    expect(await db.partner.count()).toBe(before);
  });
});

describe("listPartners: sort and pages", () => {
  it("sorts by capacity, largest (unlimited) first, unknown last", async () => {
    const r = await all("sort=-capacity");
    // A figure per group or course is no whole capacity: it sorts with the unstated.
    const keys = r.items.map((i) => {
      const c = i.absorptionCapacity;
      return c?.unlimited ? Infinity : c?.per ? null : (c?.max ?? c?.min ?? null);
    });
    const known = keys.filter((k): k is number => k !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(keys.slice(known.length).every((k) => k === null)).toBe(true);
  });

  it("sorts by insertion rate both ways", async () => {
    const desc = (await all("sort=-insertion")).items.map((i) => i.insertion?.rate ?? null).filter((r) => r !== null);
    const asc = (await all("sort=insertion")).items.map((i) => i.insertion?.rate ?? null).filter((r) => r !== null);
    expect(desc).toEqual([...asc].reverse());
    expect(desc.length).toBeGreaterThan(0);
  });

  it("pages without overlap, and knows the total past the last page", async () => {
    const one = await listPartners(filters("pageSize=10"), null, db);
    const two = await listPartners(filters("pageSize=10&page=2"), null, db);
    expect(two.items.map((i) => i.slug)).not.toContain(one.items[0].slug);
    const far = await listPartners(filters("page=999"), null, db);
    expect(far.items).toEqual([]);
    expect(far.total).toBe(one.total);
    // A search's total past its last page too (counted from the hits already read).
    const search = await listPartners(filters("q=formation&region=kayes"), null, db);
    expect(search.total).toBeGreaterThan(0);
    expect((await listPartners(filters("q=formation&region=kayes&page=999"), null, db)).total).toBe(search.total);
  });
});

describe("listPartners: relevance pages", () => {
  // The page scores only the tiers it reaches (queries.ts pageCtes); the export ranks every hit.
  // Walking the pages must give the export's order exactly, whatever page size cuts a tier.
  it("pages a search in the same order as the whole ranking, across its tiers", async () => {
    const officer = { userId: -1, email: "officer@passerelle.invalid", role: "officer" as const };
    for (const [q, viewer] of [["formation", null], ["kayes", null], ["formation", officer]] as const) {
      const ranked = (await listPartnersForExport(filters(`q=${q}`), viewer, db)).map((r) => r.slug);
      expect(ranked.length).toBeGreaterThan(7);
      for (const pageSize of [1, 3, 7]) {
        const walked: string[] = [];
        for (let page = 1; walked.length < ranked.length; page++) {
          const r = await listPartners(filters(`q=${q}&pageSize=${pageSize}&page=${page}`), viewer, db);
          expect(r.total).toBe(ranked.length);
          expect(r.items.length).toBeGreaterThan(0);
          walked.push(...r.items.map((i) => i.slug));
        }
        expect(walked).toEqual(ranked);
      }
    }
  });
});

describe("searchHits: the relevance tier", () => {
  // The tier comes from the search's branches (search.ts tierOf); it must be what the page used to
  // compute from each hit's row: 3 an exact acronym, 2 the query in the name (substring or words),
  // 1 the query's words as written, 0 a stemmed neighbour or a contact person only.
  it("gives every hit the tier its row says, for names, acronyms, words as written and stemmed neighbours", async () => {
    const partner = await db.partner.findFirstOrThrow({ where: { status: "active", acronym: { not: null } }, orderBy: { number: "asc" } });
    const queries = ["formation", "kayes", "missab", "insertion professionnelle", "coopérative", "mécanique", partner.acronym!.toLowerCase(), "jeunes -bamako", '"centre de formation"', "formaiton"];
    let tiers = new Set<number>();
    for (const q of queries) {
      const rows = await db.$queryRaw<{ id: number; tier: number; expected: number }[]>(Prisma.sql`
        SELECT h."id", h."tier", CASE
            WHEN n.by_name AND f_unaccent(lower(coalesce(o."acronym", ''))) = f_unaccent(lower(${q})) THEN 3
            WHEN n.by_name OR ts_rank_cd('{0, 0, 0, 1}', o."nameVector", websearch_to_tsquery('french', f_unaccent(${q}))) > 0 THEN 2
            WHEN n.by_name OR o."exactSearchVector" @@ websearch_to_tsquery('simple', f_unaccent(${q})) THEN 1
            ELSE 0 END AS expected
        FROM ${searchHits(q, OPEN_SEARCH)} JOIN "organization" o ON o."id" = h."id",
          LATERAL (SELECT f_unaccent(lower(o."name" || ' ' || coalesce(o."acronym", '') || ' ' || o."displayName"))
                          LIKE f_unaccent(${`%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`}) AS by_name) n`);
      expect(rows.filter((r) => r.tier !== r.expected), q).toEqual([]);
      tiers = new Set([...tiers, ...rows.map((r) => r.tier)]);
    }
    expect([...tiers].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe("the name a search compares", () => {
  // Stored as "nameSearch" (migration 20261129130000_name_search): folded, the display name once
  // when it only changes the capitals or accents of the name, kept when it says more.
  it("holds name and acronym folded, and the display name only when it says more than the name", async () => {
    const suffix = uniqueSuffix();
    const same = await createTestPartner({ name: `CENTRE SÉNOU ${suffix}`, displayName: `Centre Sénou ${suffix}`, acronym: "CS" });
    const more = await createTestPartner({ name: `ASSOCIATION BENKADI ${suffix}`, displayName: `Benkadi, l’association des femmes ${suffix}` });
    const rows = await db.$queryRaw<{ id: number; nameSearch: string }[]>`
      SELECT "id", "nameSearch" FROM "organization" WHERE "id" IN (${same.id}, ${more.id})`;
    const of = (id: number) => rows.find((r) => r.id === id)!.nameSearch;
    expect(of(same.id)).toBe(`centre senou ${suffix} cs`);
    expect(of(more.id)).toContain(`association benkadi ${suffix}`);
    expect(of(more.id)).toContain("des femmes");
    // Found by either part, the name first.
    const found = await all(`q=${encodeURIComponent(`senou ${suffix}`)}`);
    expect(found.items[0]?.slug).toBe(same.slug);
    expect((await all(`q=${encodeURIComponent(`benkadi femmes ${suffix}`)}`)).items.map((i) => i.slug)).toContain(more.slug);
  });
});

describe("nameSimilarity", () => {
  // Its shortcut (a name holding the query as whole words scores 1) must answer as word_similarity does.
  it("equals pg_trgm's word_similarity for every name, whatever the query", async () => {
    const names = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "organization"`;
    expect(names[0].n).toBeGreaterThan(30);
    const queries = ["formation", "Centre", "cfp", "kayes", "missab", "insertion professionnelle", "coopérative", "e-learning", "d'appui", "a.b", "(c)", "©", "1/2", "x|y", "[", "\\", "jeunes", "formaiton"];
    for (const q of queries) {
      const [row] = await db.$queryRaw<{ differ: number; whole: number }[]>(Prisma.sql`
        SELECT count(*) FILTER (WHERE abs((${nameSimilarity(q)}) - word_similarity(f_unaccent(lower(${q})), o."nameSearch")) > 1e-6)::int AS differ,
               count(*) FILTER (WHERE (${nameSimilarity(q)}) = 1)::int AS whole
        FROM "organization" o`);
      expect(row.differ, q).toBe(0);
      if (["formation", "Centre", "kayes"].includes(q)) expect(row.whole, q).toBeGreaterThan(0);
    }
  });
});

describe("getPartnerFacets", () => {
  it("counts each filter's values with the other filters applied", async () => {
    const f = filters("region=kayes&category=ngo");
    const facets = await getPartnerFacets(f, null, db);
    // Category counts ignore the category filter, so they add up to the region-only total.
    const kayesOnly = await listPartners(filters("region=kayes"), null, db);
    expect(facets.category.reduce((n, c) => n + c.count, 0)).toBe(kayesOnly.total);
    // Region counts ignore the region filter: Kayes' count is the ngo-only result in Kayes.
    const ngoInKayes = await listPartners(f, null, db);
    expect(facets.region.find((r) => r.value === "kayes")?.count).toBe(ngoInKayes.total);
    // Returnee counts apply both filters.
    expect(facets.returnees.reduce((n, c) => n + c.count, 0)).toBe(ngoInKayes.total);
    expect(facets.funder.every((v) => v.count >= 0 && v.label)).toBe(true);
  });

  it("gives each value the total its view would list, with two, three and four faceted filters chosen, with a search or a joined filter too", async () => {
    // The facets read only the partners failing at most one chosen filter (countedSomewhere): every
    // count must still be the total of the view where that value replaces its own filter's choice.
    const total = async (query: string) => (await listPartners(filters(query), null, db)).total;
    const anyFunder = (await getPartnerFacets(filters(""), null, db)).funder.find((v) => v.count > 1)!.value;
    const views: Record<string, string>[] = [
      { region: "kayes", category: "ngo" },
      { region: "bamako", category: "vocational-training", returnees: "yes" },
      { region: "kayes", category: "ngo", returnees: "past", funder: anyFunder },
      // With a search, and with a filter that joins the partner's row (the facets' other path).
      { q: "formation", region: "kayes", category: "vocational-training" },
      { region: "bamako", returnees: "yes", hasInsertion: "true" },
    ];
    for (const view of views) {
      const facets = await getPartnerFacets(filters(new URLSearchParams(view).toString()), null, db);
      const checks: [string, { value: string; count: number }[]][] = [
        ["region", facets.region],
        ["category", facets.category],
        ["returnees", facets.returnees],
        ["funder", facets.funder.filter((v, i) => v.count > 0 || i < 3)],
      ];
      let counted = 0;
      for (const [key, values] of checks) {
        for (const { value, count } of values) {
          const query = new URLSearchParams({ ...view, [key]: value }).toString();
          expect(count, `${query} (facet ${key})`).toBe(await total(query));
          counted += count;
        }
      }
      expect(counted, JSON.stringify(view)).toBeGreaterThan(0);
    }
  });

  it("counts a partner once under a funder that funds it twice (a current and a past funding)", async () => {
    const word = `zfunder${uniqueSuffix()}`;
    const funder = await createTestFunder();
    const twice = await createTestPartner({ searchText: word });
    const once = await createTestPartner({ searchText: word });
    await createTestPartner({ searchText: word });
    await db.funding.createMany({
      data: [
        { partnerId: twice.id, funderId: funder.id, position: 0, text: "Projet en cours", current: true },
        { partnerId: twice.id, funderId: funder.id, position: 1, text: "Projet achevé", current: false },
        { partnerId: once.id, funderId: funder.id, position: 0, text: "Projet achevé", current: false },
      ],
    });
    const facets = await getPartnerFacets(filters(`q=${word}`), null, db);
    expect(facets.funder.find((v) => v.value === funder.slug)?.count).toBe(2);
    // Every funder's count is the number of partners of the view it funds, as an independent query counts them.
    const everyone = await getPartnerFacets(filters(""), null, db);
    for (const { value, count } of everyone.funder) {
      expect(count, value).toBe(await db.partner.count({ where: { status: "active", fundings: { some: { funder: { slug: value } } } } }));
    }
  });

  it("follows every change of a partner's regions and fundings (the facet keys' triggers), and its removal", async () => {
    const word = `zkeys${uniqueSuffix()}`;
    const [first, second] = [await createTestFunder(), await createTestFunder()];
    const regions = await db.region.findMany({ where: { slug: { in: ["kayes", "gao", "mopti"] } }, orderBy: { slug: "asc" } });
    const [gao, kayes, mopti] = regions;
    const partner = await createTestPartner({ searchText: word });
    await createTestPartner({ searchText: word });
    const counts = async () => {
      const facets = await getPartnerFacets(filters(`q=${word}`), null, db);
      const region = (slug: string) => facets.region.find((r) => r.value === slug)?.count;
      const funder = (slug: string) => facets.funder.find((v) => v.value === slug)?.count ?? 0;
      return { gao: region("gao"), kayes: region("kayes"), mopti: region("mopti"), first: funder(first.slug), second: funder(second.slug) };
    };
    expect(await counts()).toEqual({ gao: 0, kayes: 0, mopti: 0, first: 0, second: 0 });

    // Added in bulk, as the seed and an edit write them.
    await db.partnerRegion.createMany({ data: [{ partnerId: partner.id, regionId: kayes.id }, { partnerId: partner.id, regionId: gao.id }] });
    await db.funding.createMany({ data: [{ partnerId: partner.id, funderId: first.id, position: 0, text: "Projet" }] });
    expect(await counts()).toEqual({ gao: 1, kayes: 1, mopti: 0, first: 1, second: 0 });

    // Changed in place: a region swapped, a funding moved to another funder (as correcting a fiche's funder would).
    await db.partnerRegion.update({ where: { partnerId_regionId: { partnerId: partner.id, regionId: gao.id } }, data: { regionId: mopti.id } });
    await db.funding.updateMany({ where: { partnerId: partner.id }, data: { funderId: second.id } });
    expect(await counts()).toEqual({ gao: 0, kayes: 1, mopti: 1, first: 0, second: 1 });

    // Removed one by one, then the partner itself (its children go by cascade).
    await db.partnerRegion.deleteMany({ where: { partnerId: partner.id, regionId: kayes.id } });
    await db.funding.deleteMany({ where: { partnerId: partner.id } });
    expect(await counts()).toEqual({ gao: 0, kayes: 0, mopti: 1, first: 0, second: 0 });
    await db.partner.delete({ where: { id: partner.id } });
    expect(await counts()).toEqual({ gao: 0, kayes: 0, mopti: 0, first: 0, second: 0 });
  });

  it("follows every change of a partner's own faceted columns (the facet keys' copies), with or without the partner's row joined", async () => {
    const word = `zcols${uniqueSuffix()}`;
    // No region and no funding: the partner still has its facet keys, from its insert.
    const partner = await createTestPartner({ searchText: word, category: "ngo", returneeExperience: "unknown", insertionRate: 40 });
    const counts = async (extra = "") => {
      const facets = await getPartnerFacets(filters(`q=${word}${extra}`), null, db);
      const of = (list: { value: string; count: number }[]) => Object.fromEntries(list.filter((v) => v.count > 0).map((v) => [v.value, v.count]));
      return { category: of(facets.category), returnees: of(facets.returnees), regions: of(facets.region), national: facets.national };
    };
    // `hasInsertion` reads the partner's insertion rate: that view joins the partner's row.
    const both = async () => {
      const [keysOnly, joined] = await Promise.all([counts(), counts("&hasInsertion=true")]);
      expect(joined).toEqual(keysOnly);
      return keysOnly;
    };
    expect(await both()).toEqual({ category: { ngo: 1 }, returnees: { unknown: 1 }, regions: {}, national: 0 });

    await db.partner.update({ where: { id: partner.id }, data: { category: "incubator", returneeExperience: "yes", national: true } });
    const regionCount = await db.region.count();
    const national = await both();
    expect(national).toMatchObject({ category: { incubator: 1 }, returnees: { yes: 1 }, national: 1 });
    // National coverage counts in every region.
    expect(Object.keys(national.regions)).toHaveLength(regionCount);

    await db.partner.update({ where: { id: partner.id }, data: { status: "archived" } });
    expect(await both()).toEqual({ category: {}, returnees: {}, regions: {}, national: 0 });
  });

  it("keeps one facet-keys row per partner, its copies equal to the partner's columns, in the seeded directory", async () => {
    const [row] = await db.$queryRaw<{ partners: number; rows: number; differing: number }[]>(Prisma.sql`
      SELECT (SELECT count(*) FROM "organization")::int AS partners,
             (SELECT count(*) FROM "organization_facet_keys")::int AS rows,
             (SELECT count(*) FROM "organization" o LEFT JOIN "organization_facet_keys" k ON k."partnerId" = o."id"
               WHERE k."partnerId" IS NULL OR (k."status", k."national", k."category", k."returneeExperience")
                 IS DISTINCT FROM (o."status", o."national", o."category", o."returneeExperience"))::int AS differing`);
    expect(row.partners).toBeGreaterThanOrEqual(37);
    expect(row).toEqual({ partners: row.partners, rows: row.partners, differing: 0 });
  });

  it("counts nothing for a search that matches nothing, and the page is empty", async () => {
    const f = filters(`q=zrien${uniqueSuffix()}`);
    const [page, facets] = await Promise.all([listPartners(f, null, db), getPartnerFacets(f, null, db)]);
    expect(page).toMatchObject({ total: 0, items: [] });
    expect([...facets.region, ...facets.category, ...facets.funder, ...facets.returnees].every((v) => v.count === 0)).toBe(true);
    expect(facets.national).toBe(0);
  });

  it("depends on the filters only, so every sort and page of a view may share one anonymous cache entry (cache-keys.ts)", async () => {
    const view = "q=formation&region=kayes";
    const shared = await getPartnerFacets(facetReadFilters(filters(view)), null, db);
    expect(shared.region.some((r) => r.count > 0)).toBe(true);
    for (const variant of ["sort=-capacity&page=2", "sort=relevance&pageSize=5&page=3", "sort=-verified&columns=name"]) {
      expect(await getPartnerFacets(filters(`${view}&${variant}`), null, db)).toEqual(shared);
    }
  });
});

describe("listPartners: verification (issue 10)", () => {
  it("shows when each fiche was verified, sorts by it and keeps only fiches not verified for 12 months", async () => {
    const word = `zverif${uniqueSuffix()}`;
    const day = 24 * 3600 * 1000;
    const recent = await createTestPartner({ searchText: word, verifiedAt: new Date(Date.now() - 30 * day) });
    const old = await createTestPartner({ searchText: word, verifiedAt: new Date(Date.now() - 400 * day) });
    const never = await createTestPartner({ searchText: word });

    const byDate = await all(`q=${word}&sort=-verified`);
    expect(byDate.items.map((i) => i.slug)).toEqual([recent.slug, old.slug, never.slug]);
    expect(byDate.items[0].verifiedAt).toBe(recent.verifiedAt!.toISOString());
    expect(byDate.items[2].verifiedAt).toBeNull();

    expect(sorted((await all(`q=${word}&unverified=true`)).items)).toEqual([old.slug, never.slug].sort());
    const facets = await getPartnerFacets(filters(`q=${word}&unverified=true`), null, db);
    expect(facets.category.find((c) => c.value === "ngo")?.count).toBe(2);
  });
});
