import { describe, expect, it } from "vitest";
import { copySql, quoteIdent } from "./copy-sql";

describe("copySql", () => {
  const columns = ["id", "partnerId", "name", "durationMonths"];

  it("copies every column but the serial id, overriding the parent key", () => {
    const sql = copySql({
      table: "training",
      columns,
      overrides: { partnerId: "b.dst" },
      from: `training t JOIN bench_partner b ON b.src = t."partnerId"`,
    });
    expect(sql).toBe(
      `INSERT INTO "training" ("partnerId", "name", "durationMonths") SELECT b.dst, t."name", t."durationMonths" FROM training t JOIN bench_partner b ON b.src = t."partnerId"`,
    );
  });

  it("keeps the id when an override gives it (children of the copy point at it)", () => {
    const sql = copySql({ table: "contact", columns, overrides: { id: "m.dst" }, from: "contact t JOIN m" });
    expect(sql).toContain(`("id", "partnerId", "name", "durationMonths") SELECT m.dst, t."partnerId"`);
  });

  it("refuses an override of a column the table does not have", () => {
    expect(() => copySql({ table: "training", columns, overrides: { nmae: "'x'" }, from: "training t" })).toThrow(/nmae/);
  });

  it("quotes identifiers, doubling embedded quotes", () => {
    expect(quoteIdent('we"ird')).toBe('"we""ird"');
  });
});
