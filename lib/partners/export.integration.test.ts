import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../tests/csv";
import { disconnectTestDb, getTestDb } from "../../tests/db-utils";
import type { Viewer } from "../auth/roles";
import { exportLabels } from "../../tests/export-labels";
import { partnersToCsv, partnersToXlsx } from "./export";
import { parsePartnerFilters, type PartnerFilters } from "./filters";
import { listPartners, listPartnersForExport } from "./queries";
import { serializePartnerExportItem } from "./serializers";

const db = getTestDb();
afterAll(disconnectTestDb);

const analyst: Viewer = { userId: 1, email: "analyst@example.org", role: "analyst" };
const officer: Viewer = { userId: 2, email: "officer@example.org", role: "officer" };

function filters(query: string): PartnerFilters {
  const r = parsePartnerFilters(new URLSearchParams(query));
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

async function exportInput(query: string, viewer: Viewer, locale: "fr" | "en" = "fr") {
  const rows = await listPartnersForExport(filters(query), viewer, db);
  return { items: rows.map((r) => serializePartnerExportItem(r, viewer)), labels: exportLabels(locale), origin: "https://passerelle.test" };
}

describe("CSV export", () => {
  it("holds every row of the filtered view (not one page), UTF-8 with BOM, French headers", async () => {
    const query = "region=kayes&sort=-capacity&pageSize=5";
    const total = (await listPartners(filters(query), null, db)).total;
    expect(total).toBeGreaterThan(5);
    const csv = partnersToCsv(await exportInput(query, null));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header[1]).toBe("Nom (name)");
    expect(header).toContain("Sigle (alternate_name)");
    expect(header).toContain("Zones d’intervention (service_area)");
    // When someone last confirmed each fiche, never the date it was loaded (issue 10): none is verified yet.
    expect(header).toContain("Dernière vérification (last_verified)");
    expect(header.some((h) => /mise à jour|last_modified/i.test(h))).toBe(false);
    expect(rows.every((r) => r[header.indexOf("Dernière vérification (last_verified)")] === "")).toBe(true);
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    // Accents survive, and the rows follow the view's sort.
    expect(rows.some((r) => r.some((cell) => /[éèàç]/.test(cell)))).toBe(true);
    const links = rows.map((r) => r[header.indexOf("Fiche Passerelle (url)")]);
    const page = await listPartners(filters(query), null, db);
    expect(links.slice(0, 5)).toEqual(page.items.map((i) => `https://passerelle.test/partners/${i.slug}`));
  });

  it("leaves contacts out unless the viewer may export them", async () => {
    for (const viewer of [null, officer]) {
      const csv = partnersToCsv(await exportInput("", viewer));
      expect(csv).not.toContain("contact.name");
    }
    const contact = await db.contact.findFirstOrThrow({
      where: { partner: { status: "active" }, emails: { isEmpty: false } },
      select: { emails: true },
    });
    expect(partnersToCsv(await exportInput("", null))).not.toContain(contact.emails[0]);
    const forAnalyst = partnersToCsv(await exportInput("", analyst));
    expect(forAnalyst).toContain("Contact : e-mail (contact.email)");
    expect(forAnalyst).toContain(contact.emails[0]);
  });

  it("defuses cells a spreadsheet would run as formulas", async () => {
    const input = await exportInput("pageSize=1", null);
    const item = { ...input.items[0], name: "=HYPERLINK(\"http://evil\")" };
    const csv = partnersToCsv({ ...input, items: [item] });
    expect(parseCsv(csv.slice(1))[1][1]).toBe("'=HYPERLINK(\"http://evil\")");
  });
});

describe("XLSX export", () => {
  it("opens in a spreadsheet library with one row per partner of the view", async () => {
    const query = "returnees=yes";
    const total = (await listPartners(filters(query), null, db)).total;
    const buffer = await partnersToXlsx(await exportInput(query, null));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Partenaires")!;
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.getRow(1).getCell(2).value).toBe("Nom (name)");
    const returnees = (sheet.getRow(1).values as unknown[]).indexOf("Expérience avec les migrants de retour");
    for (let r = 2; r <= sheet.rowCount; r++) expect(sheet.getRow(r).getCell(returnees).value).toBe("Oui, actuellement");
  });
});

describe("an export in English", () => {
  it("names its columns and the interface's values in English, and keeps the report's text as written", async () => {
    const csv = partnersToCsv(await exportInput("sort=number", null, "en"));
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header.slice(0, 4)).toEqual(["Fiche no.", "Name (name)", "Acronym (alternate_name)", "Category"]);
    expect(header).toContain("Absorption capacity: per (group, room…)");
    const row = (n: number) => rows.find((r) => r[0] === String(n))!;
    expect(row(1)[header.indexOf("Category")]).toBe("Vocational training");
    // "25 apprenants par groupe": the part in English, the sentence in the report's French.
    expect(row(5)[header.indexOf("Absorption capacity: per (group, room…)")]).toBe("group");
    expect(row(1)[header.indexOf("Absorption capacity")]).toContain("apprenants");
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load((await partnersToXlsx(await exportInput("pageSize=1", null, "en"))) as unknown as ArrayBuffer);
    expect(xlsx.getWorksheet("Partners")!.getRow(1).getCell(2).value).toBe("Name (name)");
  });
});
