import { afterAll, describe, expect, it } from "vitest";
import { disconnectTestDb, getTestDb } from "../../tests/db-utils";
import { listDocuments, listInterviews } from "./queries";

const db = getTestDb();
afterAll(disconnectTestDb);

const all = { q: "", sort: "position" } as const;

describe("listInterviews", () => {
  it("lists the 64 rows of section 1 in report order, with the duplicates flagged", async () => {
    const { total, items } = await listInterviews(all);
    expect(total).toBe(64);
    expect(items.map((r) => r.position)).toEqual([...items.map((r) => r.position)].sort((a, b) => a - b));
    expect(items.filter((r) => r.duplicate)).toHaveLength(8);
    expect(items.find((r) => r.date)?.date).toMatch(/^2022-\d\d-\d\d$/);
  });

  it("searches without regard to accents or case", async () => {
    const plain = await listInterviews({ ...all, q: "ministere" });
    const accented = await listInterviews({ ...all, q: "MINISTÈRE" });
    expect(plain.items.length).toBeGreaterThan(0);
    expect(accented.items.map((r) => r.position)).toEqual(plain.items.map((r) => r.position));
    for (const r of plain.items) expect(`${r.actorType} ${r.organisation} ${r.jobTitle}`).toMatch(/minist[eè]re/i);
    expect(plain.total).toBe(64);
  });

  it("sorts by a column both ways, rows without a date last", async () => {
    const desc = await listInterviews({ ...all, sort: "-date" });
    const dated = desc.items.filter((r) => r.date).map((r) => r.date!);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(desc.items[desc.items.length - 1].date).toBeNull();
  });

  it("takes the user's % and _ literally", async () => {
    expect((await listInterviews({ ...all, q: "%" })).items).toHaveLength(0);
  });
});

describe("listDocuments", () => {
  it("lists the 64 documents of section 5 and searches them without regard to accents", async () => {
    expect((await listDocuments(all)).total).toBe(64);
    const withAccent = await db.sourceDocument.count({ where: { title: { contains: "Étude" } } });
    const found = await listDocuments({ ...all, q: "etude" });
    expect(found.items.length).toBeGreaterThanOrEqual(withAccent);
    expect(withAccent).toBeGreaterThan(0);
  });

  it("sorts by year", async () => {
    const { items } = await listDocuments({ ...all, sort: "year" });
    const years = items.map((r) => r.year).filter((y): y is number => y != null);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years[0]).toBeGreaterThanOrEqual(2009);
  });
});
