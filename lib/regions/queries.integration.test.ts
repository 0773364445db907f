import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTestData, createTestPartner, disconnectTestDb, getTestDb } from "../../tests/db-utils";
import { getCoverageMatrix } from "./queries";

const db = getTestDb();
afterEach(cleanupTestData);
afterAll(disconnectTestDb);

describe("getCoverageMatrix", () => {
  it("has a row per region and a column per category, and its counts add up", async () => {
    const m = await getCoverageMatrix();
    expect(m.rows).toHaveLength(await db.region.count());
    expect(m.categories).toHaveLength(8);
    const active = await db.partner.count({ where: { status: "active" } });
    expect(m.partnerCount).toBe(active);
    expect(Object.values(m.categoryTotals).reduce((a, b) => a + b, 0)).toBe(active);
    for (const row of m.rows) expect(Object.values(row.cells).reduce((a, b) => a + b, 0)).toBe(row.total);
    expect(m.national.total).toBe(await db.partner.count({ where: { status: "active", national: true } }));
  });

  it("counts in a region's cell the partners that name it plus the national ones, like the list filter", async () => {
    const m = await getCoverageMatrix();
    const kayes = m.rows.find((r) => r.region.slug === "kayes")!;
    const expected = await db.partner.count({
      where: { status: "active", category: "vocational_training", OR: [{ national: true }, { regions: { some: { region: { slug: "kayes" } } } }] },
    });
    expect(kayes.cells["vocational-training"]).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    // Every cell, read again from the partners' own rows (the matrix reads their facet keys).
    for (const row of m.rows) {
      for (const category of m.categories) {
        const count = await db.partner.count({
          where: {
            status: "active",
            category: category.replace(/-/g, "_") as "ngo",
            OR: [{ national: true }, { regions: { some: { region: { slug: row.region.slug } } } }],
          },
        });
        expect(row.cells[category], `${row.region.slug} × ${category}`).toBe(count);
      }
    }
  });

  it("sums the absorption capacity of the partners that name the region and counts those without a figure", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { slug: "kayes" } });
    const before = (await getCoverageMatrix()).rows.find((r) => r.region.slug === "kayes")!.absorption;
    await createTestPartner({ regions: { create: [{ regionId: region.id }] }, capacities: { create: [{ kind: "absorption", text: "150 jeunes", max: 150 }] } });
    await createTestPartner({ regions: { create: [{ regionId: region.id }] } });
    await createTestPartner({ status: "archived", regions: { create: [{ regionId: region.id }] }, capacities: { create: [{ kind: "absorption", text: "9", max: 9 }] } });
    const after = (await getCoverageMatrix()).rows.find((r) => r.region.slug === "kayes")!.absorption;
    expect(after).toEqual({ sum: before.sum + 150, withFigure: before.withFigure + 1, withoutFigure: before.withoutFigure + 1 });
  });
});
