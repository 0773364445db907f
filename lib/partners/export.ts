/**
 * Exports of the partner list (CSV and XLSX): every row of the filtered view,
 * one line per partner, column names in the interface language with the Open
 * Referral HSDS field they correspond to where one fits ("Sigle
 * (alternate_name)"), so that a spreadsheet reader and a data user both find
 * their way. Contacts appear only on items that carry them (the serializer
 * decides, lib/partners/serializers.ts).
 */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { PartnerExportItem } from "./types";

/** Words the export needs from the interface language (the route reads them from the i18n messages). */
export interface ExportLabels {
  /** Header of each column, by column key. */
  headers: Record<ExportColumnKey, string>;
  category: (slug: string) => string;
  returnees: (value: string) => string;
  national: string;
  unlimited: string;
  sheetName: string;
}

interface ExportColumn {
  key: string;
  value: (item: PartnerExportItem, ctx: { labels: ExportLabels; origin: string }) => string | number | null;
  width: number;
  contact?: true;
}

const join = (values: Array<string | null | undefined>) => values.filter(Boolean).join(" ; ");

/** Contacts flattened one per segment, in the same order in each contact column. */
const eachContact = (item: PartnerExportItem, pick: (c: NonNullable<PartnerExportItem["contacts"]>[number]) => string) =>
  (item.contacts ?? []).map(pick).join(" | ");

const COLUMNS = [
  { key: "number", width: 8, value: (i) => i.number },
  { key: "name", width: 40, value: (i) => i.name },
  { key: "alternate_name", width: 14, value: (i) => i.acronym },
  { key: "category", width: 28, value: (i, { labels }) => labels.category(i.category) },
  { key: "description", width: 40, value: (i) => i.structureType },
  { key: "services", width: 40, value: (i) => join(i.supportTypes) },
  {
    key: "service_area",
    width: 28,
    value: (i, { labels }) => join([i.national ? labels.national : null, ...i.regions.map((r) => r.name)]),
  },
  { key: "city", width: 20, value: (i) => join(i.cities) },
  { key: "country", width: 10, value: (i) => i.country },
  { key: "capacity", width: 40, value: (i) => i.absorptionCapacity?.text ?? null },
  {
    key: "capacity_max",
    width: 12,
    value: (i, { labels }) => (i.absorptionCapacity?.unlimited ? labels.unlimited : (i.absorptionCapacity?.max ?? i.absorptionCapacity?.min ?? null)),
  },
  { key: "insertion_rate", width: 12, value: (i) => i.insertion?.rate ?? null },
  { key: "insertion_year", width: 10, value: (i) => i.insertion?.year ?? null },
  { key: "insertion_text", width: 40, value: (i) => i.insertion?.text || null },
  { key: "returnees", width: 18, value: (i, { labels }) => labels.returnees(i.returneeExperience) },
  { key: "returnees_evidence", width: 50, value: (i) => i.returneeEvidence },
  { key: "funding", width: 40, value: (i) => join(i.funders.map((f) => f.name)) },
  { key: "trainings", width: 40, value: (i) => join(i.trainings) },
  { key: "costs", width: 30, value: (i) => i.costs },
  { key: "website", width: 30, value: (i) => join(i.websites) },
  { key: "url", width: 40, value: (i, { origin }) => `${origin}${i.url}` },
  // When someone last confirmed the fiche, not when it was loaded: an import date would make 2022 interviews look fresh.
  { key: "last_verified", width: 14, value: (i) => i.verifiedAt?.slice(0, 10) ?? null },
  { key: "contact_name", width: 30, contact: true, value: (i) => eachContact(i, (c) => c.name ?? "") },
  { key: "contact_title", width: 30, contact: true, value: (i) => eachContact(i, (c) => c.role ?? "") },
  { key: "contact_email", width: 30, contact: true, value: (i) => eachContact(i, (c) => c.emails.join(", ")) },
  {
    key: "contact_phone",
    width: 24,
    contact: true,
    value: (i) => eachContact(i, (c) => c.phones.map((p) => p.number ?? p.text).join(", ")),
  },
] as const satisfies readonly ExportColumn[];

export type ExportColumnKey = (typeof COLUMNS)[number]["key"];
export const EXPORT_COLUMN_KEYS: readonly ExportColumnKey[] = COLUMNS.map((c) => c.key);

export interface ExportInput {
  items: PartnerExportItem[];
  labels: ExportLabels;
  /** Absolute origin for the fiche links ("https://passerelle.example"). */
  origin: string;
}

/** Contact columns exist only when the serializer let contacts through (an empty column would hint they exist). */
function columnsFor(items: PartnerExportItem[]): readonly ExportColumn[] {
  const withContacts = items.some((i) => i.contacts !== undefined);
  return (COLUMNS as readonly ExportColumn[]).filter((c) => !c.contact || withContacts);
}

function table({ items, labels, origin }: ExportInput) {
  const columns = columnsFor(items);
  return {
    columns,
    header: columns.map((c) => labels.headers[c.key as ExportColumnKey]),
    rows: items.map((item) => columns.map((c) => c.value(item, { labels, origin }))),
  };
}

/** A spreadsheet program would run a cell starting with these as a formula (CSV injection). */
function defuse(value: string | number | null): string | number | null {
  return typeof value === "string" && /^[=+@\t\r]|^-[^\s\d]/.test(value) ? `'${value}` : value;
}

/** UTF-8 with a byte-order mark, so that spreadsheet programs read the accents right. */
export function partnersToCsv(input: ExportInput): string {
  const { header, rows } = table(input);
  // CRLF between records (RFC 4180), and any line break inside a cell quoted: with a
  // CRLF delimiter csv-stringify would leave a bare "\n" unquoted and split the row.
  return "\uFEFF" + stringify([header, ...rows.map((r) => r.map(defuse))], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

export async function partnersToXlsx(input: ExportInput): Promise<Buffer> {
  const { columns, header, rows } = table(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Passerelle";
  const sheet = workbook.addWorksheet(input.labels.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: header[i], key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // Strings stay strings in XLSX (no formula parsing), so no defusing is needed here.
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `partenaires-2026-11-26.csv`: the date is the export's, in Bamako (UTC, no DST). */
export function exportFileName(format: "csv" | "xlsx", now = new Date()): string {
  return `partenaires-${now.toISOString().slice(0, 10)}.${format}`;
}
