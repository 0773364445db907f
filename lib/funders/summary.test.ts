import { describe, expect, it } from "vitest";
import { MATRIX_MIN_PARTNERS, MATRIX_ROWS, funderFigures, matrixRows, type FundedPartnerFacts } from "./summary";

const regions = [
  { id: 1, slug: "kayes", name: "Kayes" },
  { id: 2, slug: "segou", name: "Ségou" },
];

describe("funderFigures", () => {
  const fundings: FundedPartnerFacts[] = [
    { id: 10, category: "ngo", national: false, regionIds: [1], current: false },
    // The same partner funded now and in the past counts once, as current.
    { id: 10, category: "ngo", national: false, regionIds: [1], current: true },
    { id: 11, category: "incubator", national: true, regionIds: [], current: false },
    { id: 12, category: "ngo", national: false, regionIds: [2], current: true },
  ];
  const f = funderFigures(fundings, regions, 8);

  it("counts distinct partners, those funded now, and the share of the directory", () => {
    expect(f.partnerCount).toBe(3);
    expect(f.currentCount).toBe(2);
    expect(f.share).toBe(3 / 8);
  });

  it("counts a national partner in every region, like the list filter, and says how many are national", () => {
    expect(f.national).toBe(1);
    expect(f.regions).toEqual([
      { slug: "kayes", name: "Kayes", count: 2, named: 1 },
      { slug: "segou", name: "Ségou", count: 2, named: 1 },
    ]);
  });

  it("gives every category in the report's order", () => {
    expect(f.categories[0]).toEqual({ category: "vocational-training", count: 0 });
    expect(f.categories.find((c) => c.category === "ngo")?.count).toBe(2);
    expect(f.categories.find((c) => c.category === "incubator")?.count).toBe(1);
  });

  it("copes with a funder nobody names and an empty directory", () => {
    const none = funderFigures([], regions, 0);
    expect(none).toMatchObject({ partnerCount: 0, currentCount: 0, share: 0, national: 0 });
  });
});

describe("matrixRows", () => {
  const funder = (name: string, partnerCount: number) => ({ name, partnerCount });

  it("keeps every funder of two partners or more when they fit, and counts the others", () => {
    const funders = [funder("AFD", 12), funder("Enabel", 1), funder("GIZ", 2), funder("UE", 30)];
    expect(matrixRows(funders)).toEqual({ rows: [funder("UE", 30), funder("AFD", 12), funder("GIZ", 2)], belowMin: 1, beyondRows: 0 });
    expect(MATRIX_MIN_PARTNERS).toBe(2);
  });

  it("keeps the funders of the most partners up to the row limit, ties by name", () => {
    const funders = Array.from({ length: 124 }, (_, i) => funder(`Financeur ${String(i).padStart(3, "0")}`, 2 + (i % 40)));
    const { rows, belowMin, beyondRows } = matrixRows(funders);
    expect(rows).toHaveLength(MATRIX_ROWS);
    expect(beyondRows).toBe(124 - MATRIX_ROWS);
    expect(belowMin).toBe(0);
    const smallestShown = rows[rows.length - 1].partnerCount;
    // No funder left out funds more partners than one shown.
    expect(funders.filter((f) => !rows.includes(f)).every((f) => f.partnerCount <= smallestShown)).toBe(true);
    expect(matrixRows([funder("b", 3), funder("a", 3), funder("c", 5)], 2, 2).rows.map((f) => f.name)).toEqual(["c", "a"]);
  });
});
