import { describe, expect, it } from "vitest";
import { defuseCell, tableToCsv } from "./table";

describe("defuseCell", () => {
  it("prefixes cells a spreadsheet would run as a formula", () => {
    expect(defuseCell('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(defuseCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(defuseCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(defuseCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(defuseCell("\t=1+1")).toBe("'\t=1+1");
    expect(defuseCell("- Menuiserie")).toBe("'- Menuiserie");
  });

  it("leaves phone numbers and plain numbers as they are", () => {
    expect(defuseCell("+223 66 00 11 22")).toBe("+223 66 00 11 22");
    expect(defuseCell("+22366001122 | +22376001122")).toBe("+22366001122 | +22376001122");
    expect(defuseCell("+223 (0) 20.22.33.44, +223 76-00-11-22")).toBe("+223 (0) 20.22.33.44, +223 76-00-11-22");
    expect(defuseCell("-12,5")).toBe("-12,5");
    expect(defuseCell(42)).toBe(42);
    expect(defuseCell(null)).toBe(null);
    expect(defuseCell("Menuiserie = bois")).toBe("Menuiserie = bois");
  });
});

describe("tableToCsv", () => {
  it("writes a BOM, CRLF records, quoted line breaks and an intact phone cell", () => {
    const csv = tableToCsv({ header: ["Nom", "Téléphone"], rows: [["A\nB", "+223 66 00 11 22"]], widths: [] });
    expect(csv).toBe('\uFEFFNom,Téléphone\r\n"A\nB",+223 66 00 11 22\r\n');
  });
});
