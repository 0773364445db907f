/**
 * Writing a table (header + rows) as CSV or XLSX for spreadsheet programs: the
 * partner export and the contacts export share it (lib/partners/export.ts,
 * lib/partners/contacts-export.ts).
 */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

export type Cell = string | number | null;

export interface SheetTable {
  header: string[];
  rows: Cell[][];
  /** Column widths in characters, for XLSX. */
  widths: number[];
}

/** A cell a spreadsheet program would read as a formula (= + - @, or a tab or CR that some programs skip first). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Digits, spaces and the punctuation of phone numbers and lists of them
 * ("+223 66 00 11 22", "+22366001122 | +22376001122", "-12,5"). With no
 * letter, no quote and no "!" or ":", such a cell can name no function, no
 * cell or sheet and no DDE command: at worst a program reads it as a number or
 * as arithmetic on literals. So it is written as it is, not prefixed.
 */
const INERT = /^[\d\s+\-().,/|]*$/;

/**
 * The CSV-injection defence (OWASP "CSV Injection"): a cell that would start a
 * formula is prefixed with an apostrophe, unless it is inert (above), so phone
 * numbers keep their "+" and no apostrophe (issue 12). docs/decisions/0005-exports.md.
 */
export function defuseCell(value: Cell): Cell {
  if (typeof value !== "string" || !FORMULA_START.test(value) || INERT.test(value)) return value;
  return `'${value}`;
}

/** UTF-8 with a byte-order mark, so that spreadsheet programs read the accents right. */
export function tableToCsv({ header, rows }: SheetTable): string {
  // CRLF between records (RFC 4180), and any line break inside a cell quoted: with a
  // CRLF delimiter csv-stringify would leave a bare "\n" unquoted and split the row.
  return (
    "\uFEFF" +
    stringify([header.map(defuseCell), ...rows.map((r) => r.map(defuseCell))], { record_delimiter: "windows", quoted_match: /[\r\n]/ })
  );
}

export async function tableToXlsx({ header, rows, widths }: SheetTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Passerelle";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, key: String(i), width: widths[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  // Strings stay strings in XLSX (no formula parsing), so no defusing is needed here.
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, header.length) } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
