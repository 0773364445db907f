import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTestData, createTestFunder, createTestPartner, disconnectTestDb, getTestDb } from "../../tests/db-utils";
import { DEFAULT_FILTERS } from "../partners/filter-params";
import { listPartners } from "../partners/queries";
import { getDonorBySlug } from "../donors/queries";
import { getFunderBySlug, listFunders, readFundingFigures } from "./queries";

const db = getTestDb();
afterEach(cleanupTestData);
afterAll(disconnectTestDb);

/** How many partners the list shows for these filters: the count a funder's figure must match. */
async function listTotal(filters: Partial<typeof DEFAULT_FILTERS>) {
  return (await listPartners({ ...DEFAULT_FILTERS, ...filters }, null)).total;
}

describe("listFunders", () => {
  it("lists every funder of the database, not only those with a donor fiche, and links the donor fiches", async () => {
    const directory = await listFunders(null);
    expect(directory.funders.map((f) => f.slug).sort()).toEqual((await db.funder.findMany({ select: { slug: true } })).map((f) => f.slug).sort());
    const withFiche = await db.donor.findMany({ where: { status: "active", funderId: { not: null } }, select: { slug: true, funder: { select: { slug: true } } } });
    expect(withFiche.length).toBeGreaterThan(0);
    for (const d of withFiche) expect(directory.funders.find((f) => f.slug === d.funder!.slug)?.donor?.slug).toBe(d.slug);
    expect(directory.funders.filter((f) => f.donor).length).toBe(withFiche.length);
    expect(directory.activePartners).toBe(await db.partner.count({ where: { status: "active" } }));
  });

  it("counts each funder's partners as the list filtered on it does, most-named first", async () => {
    const { funders, activePartners } = await listFunders(null);
    for (const f of funders) {
      expect(f.partnerCount, f.slug).toBe(await listTotal({ funders: [f.slug] }));
      expect(f.share).toBeCloseTo(f.partnerCount / activePartners);
    }
    const counts = funders.map((f) => f.partnerCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("gives, for a funder and a region, the number of partners the list shows for both filters", async () => {
    const { funders } = await listFunders(null);
    const top = funders[0];
    for (const r of top.regions) expect(r.count, `${top.slug} × ${r.slug}`).toBe(await listTotal({ funders: [top.slug], regions: [r.name] }));
    for (const c of top.categories) expect(c.count, `${top.slug} × ${c.category}`).toBe(await listTotal({ funders: [top.slug], categories: [c.category] }));
  });

  it("leaves archived partners out and counts a partner funded now and in the past once", async () => {
    const funder = await createTestFunder();
    const region = await db.region.findUniqueOrThrow({ where: { slug: "segou" } });
    await createTestPartner({
      regions: { create: [{ regionId: region.id }] },
      fundings: { create: [{ funderId: funder.id, position: 0, text: "x", current: true }, { funderId: funder.id, position: 1, text: "y", current: false }] },
    });
    await createTestPartner({ status: "archived", fundings: { create: [{ funderId: funder.id, position: 0, text: "z" }] } });
    const f = (await listFunders(null)).funders.find((x) => x.slug === funder.slug)!;
    expect(f).toMatchObject({ partnerCount: 1, currentCount: 1, national: 0, donor: null });
    expect(f.regions.find((r) => r.slug === "segou")).toMatchObject({ count: 1, named: 1 });
    expect(f.regions.filter((r) => r.count > 0)).toHaveLength(1);
  });
});

describe("getFunderBySlug", () => {
  it("returns the funder's partners, each once, and null for an unknown or malformed slug", async () => {
    const { funders } = await listFunders(null);
    const top = funders[0];
    const detail = (await getFunderBySlug(top.slug, null))!;
    expect(detail.partners).toHaveLength(top.partnerCount);
    expect(new Set(detail.partners.map((p) => p.slug)).size).toBe(top.partnerCount);
    expect(await getFunderBySlug("no-such-funder", null)).toBeNull();
    expect(await getFunderBySlug("../etc", null)).toBeNull();
  });

  it("reads only the first partners a page shows, as the first rows of the full list, in its order", async () => {
    // A funder of five partners, two of them funded now, and an archived one: small limits cut through both groups.
    const funder = await createTestFunder();
    const names = ["Zèbre", "Âne", "Bison", "Élan", "Cerf"];
    for (const [i, name] of names.entries()) {
      await createTestPartner({
        name,
        displayName: name,
        fundings: { create: [{ funderId: funder.id, position: 0, text: `mention ${i}`, current: i % 2 === 1 }] },
      });
    }
    await createTestPartner({ status: "archived", fundings: { create: [{ funderId: funder.id, position: 0, text: "gone", current: true }] } });
    const all = (await getFunderBySlug(funder.slug, null))!;
    // Funded now first (Âne, Élan), then by name in French order (accents as their letter).
    expect(all.partners.map((p) => p.name)).toEqual(["Âne", "Élan", "Bison", "Cerf", "Zèbre"]);
    expect(all.partnerCount).toBe(5);
    for (const limit of [1, 2, 3, 5, 50]) {
      const shown = (await getFunderBySlug(funder.slug, null, { partnersShown: limit }))!;
      expect(shown.partners, `limit ${limit}`).toEqual(all.partners.slice(0, limit));
      expect(shown.partnerCount).toBe(5);
    }
  });

  it("gives a donor's page the first partners of its funder and how many there are in all", async () => {
    const { slug } = await db.donor.findFirstOrThrow({ where: { number: 1 }, select: { slug: true } });
    const all = (await getDonorBySlug(slug, null))!;
    expect(all.fundedPartners.length).toBeGreaterThan(1);
    expect(all.fundedPartnerCount).toBe(all.fundedPartners.length);
    const first = (await getDonorBySlug(slug, null, { partnersShown: 1 }))!;
    expect(first.fundedPartners).toEqual(all.fundedPartners.slice(0, 1));
    expect(first.fundedPartnerCount).toBe(all.fundedPartners.length);
  });

  it("gives the same figures counted now as from the directory's figures (the cached ones on the page), zeroes for a funder of none", async () => {
    const { funders } = await listFunders(null);
    const idle = await createTestFunder();
    for (const slug of [funders[0].slug, funders[funders.length - 1].slug, idle.slug]) {
      const now = (await getFunderBySlug(slug, null))!;
      const fromAll = (await getFunderBySlug(slug, null, { figures: readFundingFigures }))!;
      expect(fromAll, slug).toEqual(now);
    }
    expect((await getFunderBySlug(idle.slug, null, { figures: readFundingFigures }))!).toMatchObject({ partnerCount: 0, share: 0, partners: [] });
  });
});
