/**
 * Exports of the partner list (CSV and XLSX): every row of the filtered view,
 * one line per partner, column names in the interface language with the Open
 * Referral HSDS field they correspond to where one fits ("Sigle
 * (alternate_name)"), so that a spreadsheet reader and a data user both find
 * their way. Contacts appear only on items that carry them (the serializer
 * decides, lib/partners/serializers.ts).
 */
import { tableToCsv, tableToXlsx, type SheetTable } from "../spreadsheet/table";
import type { PartnerColumn } from "./filter-params";
import type { PartnerExportItem } from "./types";

/** Words the export needs from the interface language (the route reads them from the i18n messages). */
export interface ExportLabels {
  /** Header of each column, by column key. */
  headers: Record<ExportColumnKey, string>;
  category: (slug: string) => string;
  returnees: (value: string) => string;
  national: string;
  unlimited: string;
  /** The part a capacity figure counts ("groupe"), in the export's language ("group"). */
  part: (word: string) => string;
  /** "via {programme}" for a funder known only through the programme the fiche names. */
  via: (programme: string) => string;
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
  // The part one figure counts ("groupe", "salle"): such a figure is not the structure's total.
  {
    key: "capacity_per",
    width: 12,
    value: (i, { labels }) => (i.absorptionCapacity?.per ? labels.part(i.absorptionCapacity.per) : null),
  },
  { key: "returnee_capacity", width: 50, value: (i) => i.returneeCapacityText },
  { key: "insertion_rate", width: 12, value: (i) => i.insertion?.rate ?? null },
  { key: "insertion_year", width: 10, value: (i) => i.insertion?.year ?? null },
  { key: "insertion_text", width: 40, value: (i) => i.insertion?.text || null },
  { key: "returnees", width: 18, value: (i, { labels }) => labels.returnees(i.returneeExperience) },
  { key: "returnees_evidence", width: 50, value: (i) => i.returneeEvidence },
  {
    key: "funding",
    width: 40,
    value: (i, { labels }) => join(i.funders.map((f) => (f.inferred && f.programme ? `${f.name} (${labels.via(f.programme)})` : f.name))),
  },
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

/**
 * What each column of the list brings into the export when the viewer chose
 * the list's columns (issue 12: exports honour the chosen columns). Typed by
 * the list's columns, so a new list column cannot be forgotten here.
 */
export const EXPORT_COLUMNS_BY_LIST_COLUMN: Record<PartnerColumn, readonly ExportColumnKey[]> = {
  name: ["number", "name", "alternate_name", "url"],
  category: ["category"],
  regions: ["service_area", "city"],
  capacity: ["capacity", "capacity_max", "capacity_per"],
  insertion: ["insertion_rate", "insertion_year", "insertion_text"],
  returnees: ["returnees", "returnees_evidence"],
  returneeCapacity: ["returnee_capacity"],
  funders: ["funding"],
  verified: ["last_verified"],
};

export interface ExportInput {
  items: PartnerExportItem[];
  labels: ExportLabels;
  /** Absolute origin for the fiche links ("https://passerelle.example"): the configured public URL (lib/env.ts). */
  origin: string;
  /** The list's chosen columns; null (the default view) exports every column. */
  columns?: readonly PartnerColumn[] | null;
}

/**
 * The export's columns: all of them for the default view, else the chosen
 * list columns' (in the export's order). Contact columns exist only when the
 * serializer let contacts through (an empty column would hint they exist),
 * and only in a full export: a chosen set of columns names no contact.
 */
function columnsFor(items: PartnerExportItem[], chosen: readonly PartnerColumn[] | null | undefined): readonly ExportColumn[] {
  const withContacts = items.some((i) => i.contacts !== undefined);
  const all = (COLUMNS as readonly ExportColumn[]).filter((c) => !c.contact || withContacts);
  if (!chosen) return all;
  const wanted = new Set<string>(["name", ...chosen].flatMap((c) => EXPORT_COLUMNS_BY_LIST_COLUMN[c as PartnerColumn]));
  return all.filter((c) => wanted.has(c.key));
}

function table({ items, labels, origin, columns: chosen }: ExportInput): SheetTable {
  const columns = columnsFor(items, chosen);
  return {
    header: columns.map((c) => labels.headers[c.key as ExportColumnKey]),
    rows: items.map((item) => columns.map((c) => c.value(item, { labels, origin }))),
    widths: columns.map((c) => c.width),
  };
}

/** UTF-8 with a byte-order mark; formula-like cells defused, phone numbers left intact (lib/spreadsheet/table.ts). */
export function partnersToCsv(input: ExportInput): string {
  return tableToCsv(table(input));
}

export async function partnersToXlsx(input: ExportInput): Promise<Buffer> {
  return tableToXlsx(table(input), input.labels.sheetName);
}

/** `partenaires-2026-11-26.csv`: the date is the export's, in Bamako (UTC, no DST). */
export function exportFileName(format: "csv" | "xlsx", now = new Date()): string {
  return `partenaires-${now.toISOString().slice(0, 10)}.${format}`;
}
