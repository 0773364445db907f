import { describe, expect, it } from "vitest";
import { buildCoverageMatrix, type MatrixPartner } from "./matrix";

const categories = ["ngo", "finance"];
const regions = [
  { id: 1, slug: "kayes", name: "Kayes" },
  { id: 2, slug: "segou", name: "Ségou" },
];

describe("buildCoverageMatrix", () => {
  const partners: MatrixPartner[] = [
    { category: "ngo", national: false, regionIds: [1], absorption: 100 },
    { category: "ngo", national: false, regionIds: [1, 2], absorption: null },
    { category: "finance", national: true, regionIds: [], absorption: 500 },
    { category: "finance", national: false, regionIds: [], absorption: 20 },
  ];
  const m = buildCoverageMatrix(categories, regions, partners);

  it("counts national partners in every region and on their own row", () => {
    expect(m.rows[0].cells).toEqual({ ngo: 2, finance: 1 });
    expect(m.rows[0].nationalCells).toEqual({ ngo: 0, finance: 1 });
    expect(m.rows[1].cells).toEqual({ ngo: 1, finance: 1 });
    expect(m.national.cells).toEqual({ ngo: 0, finance: 1 });
  });

  it("sums capacity only over partners that name the region, and counts those without a figure", () => {
    expect(m.rows[0].absorption).toEqual({ sum: 100, withFigure: 1, withoutFigure: 1 });
    expect(m.rows[1].absorption).toEqual({ sum: 0, withFigure: 0, withoutFigure: 1 });
    expect(m.national.absorption.sum).toBe(500);
  });

  it("keeps partners with no region apart so that category totals add up", () => {
    expect(m.unplaced.cells).toEqual({ ngo: 0, finance: 1 });
    expect(m.categoryTotals).toEqual({ ngo: 2, finance: 2 });
    expect(m.partnerCount).toBe(4);
    expect(m.rows[0].total).toBe(3);
  });
});
