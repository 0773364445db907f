/**
 * The contacts export (issue 12): one row per contact person of the partners
 * in a filtered view, where the partner export packs every contact of a
 * partner into one cell. Only for viewers allowed to export contacts: the route
 * refuses the others, and items reach this module through
 * serializePartnerExportItem, which leaves contacts off for anyone else.
 */
import { tableToCsv, tableToXlsx, type SheetTable } from "../spreadsheet/table";
import type { PartnerExportItem } from "./types";

export const CONTACT_EXPORT_COLUMNS = [
  "number",
  "partner",
  "alternate_name",
  "category",
  "service_area",
  "contact_name",
  "contact_title",
  "contact_email",
  "contact_phone",
  "url",
] as const;
export type ContactExportColumn = (typeof CONTACT_EXPORT_COLUMNS)[number];

export interface ContactExportLabels {
  headers: Record<ContactExportColumn, string>;
  category: (slug: string) => string;
  national: string;
  sheetName: string;
}

const WIDTHS: Record<ContactExportColumn, number> = {
  number: 8,
  partner: 40,
  alternate_name: 14,
  category: 28,
  service_area: 28,
  contact_name: 30,
  contact_title: 30,
  contact_email: 32,
  contact_phone: 28,
  url: 40,
};

/** One contact of one partner, as a row; a contact's several e-mails or phones share its cell, comma-separated. */
export interface ContactExportRow {
  number: number | null;
  partner: string;
  acronym: string | null;
  category: string;
  serviceArea: string;
  name: string | null;
  role: string | null;
  emails: string[];
  phones: string[];
  url: string;
}

/** The items' contacts, one row each, in the view's order (partners without a contact add no row). */
export function contactRows(items: readonly PartnerExportItem[], labels: Pick<ContactExportLabels, "national">, origin: string): ContactExportRow[] {
  return items.flatMap((item) =>
    (item.contacts ?? []).map((c) => ({
      number: item.number,
      partner: item.name,
      acronym: item.acronym,
      category: item.category,
      serviceArea: [item.national ? labels.national : null, ...item.regions.map((r) => r.name)].filter(Boolean).join(" ; "),
      name: c.name,
      role: c.role,
      emails: c.emails,
      // The number as written in the fiche: "+223 66 00 11 22" reads better than E.164 and is kept intact.
      phones: c.phones.map((p) => p.text),
      url: `${origin}${item.url}`,
    })),
  );
}

function table(rows: readonly ContactExportRow[], labels: ContactExportLabels): SheetTable {
  return {
    header: CONTACT_EXPORT_COLUMNS.map((c) => labels.headers[c]),
    rows: rows.map((r) => [
      r.number,
      r.partner,
      r.acronym,
      labels.category(r.category),
      r.serviceArea,
      r.name,
      r.role,
      r.emails.join(", "),
      r.phones.join(", "),
      r.url,
    ]),
    widths: CONTACT_EXPORT_COLUMNS.map((c) => WIDTHS[c]),
  };
}

export function contactsToCsv(rows: readonly ContactExportRow[], labels: ContactExportLabels): string {
  return tableToCsv(table(rows, labels));
}

export function contactsToXlsx(rows: readonly ContactExportRow[], labels: ContactExportLabels): Promise<Buffer> {
  return tableToXlsx(table(rows, labels), labels.sheetName);
}

/** `contacts-2026-11-26.csv`. */
export function contactsFileName(format: "csv" | "xlsx", now = new Date()): string {
  return `contacts-${now.toISOString().slice(0, 10)}.${format}`;
}
