/**
 * The HSDS tabular data package: one CSV file per HSDS table and a
 * datapackage.json (Frictionless Data) describing them, zipped. Built from the
 * same HSDS organizations as the API (lib/hsds/organization.ts), so contacts are
 * in it only when the organizations were built for a caller allowed to export
 * them. Column definitions (type, format, description) come from the standard's
 * own table schemas (lib/hsds/standard/organization.json).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { HsdsOrganization } from "./types";

// HSDS records are plain objects of strings and numbers: csv-stringify picks the columns by name.
type Row = object;

interface TableSpec {
  /** Where the table's schema sits in organization.json (property names, down from the root). */
  at: string[];
  fields: string[];
  rows: (orgs: HsdsOrganization[]) => Row[];
  /** References to other tables: [field, table, field]. */
  references?: Array<[string, string, string]>;
  personal?: boolean;
}

const TABLES: TableSpec[] = [
  {
    at: [],
    fields: ["id", "name", "alternate_name", "description", "website", "year_incorporated", "legal_status", "uri"],
    rows: (orgs) => orgs.map(({ id, name, alternate_name, description, website, year_incorporated, legal_status, uri }) => ({ id, name, alternate_name, description, website, year_incorporated, legal_status, uri })),
  },
  {
    at: ["organization_identifiers"],
    fields: ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"],
    rows: (orgs) => orgs.flatMap((o) => o.organization_identifiers),
    references: [["organization_id", "organization", "id"]],
  },
  {
    at: ["funding"],
    fields: ["id", "organization_id", "source"],
    rows: (orgs) => orgs.flatMap((o) => o.funding),
    references: [["organization_id", "organization", "id"]],
  },
  {
    at: ["services"],
    fields: ["id", "organization_id", "name", "description", "url", "status"],
    rows: (orgs) => orgs.flatMap((o) => o.services.map(({ id, organization_id, name, description, url, status }) => ({ id, organization_id, name, description, url, status }))),
    references: [["organization_id", "organization", "id"]],
  },
  {
    at: ["services", "service_areas"],
    fields: ["id", "service_id", "name", "description"],
    rows: (orgs) => orgs.flatMap((o) => o.services.flatMap((s) => s.service_areas)),
    references: [["service_id", "service", "id"]],
  },
  {
    at: ["contacts"],
    fields: ["id", "organization_id", "name", "title", "email"],
    rows: (orgs) => orgs.flatMap((o) => o.contacts.map(({ id, organization_id, name, title, email }) => ({ id, organization_id, name, title, email }))),
    references: [["organization_id", "organization", "id"]],
    personal: true,
  },
  {
    at: ["contacts", "phones"],
    fields: ["id", "contact_id", "number"],
    rows: (orgs) => orgs.flatMap((o) => o.contacts.flatMap((c) => c.phones)),
    references: [["contact_id", "contact", "id"]],
    personal: true,
  },
];

interface StandardTable {
  name: string;
  path: string;
  description?: string;
  required?: string[];
  properties: Record<string, { name: string; type: string; format?: string; title?: string; description?: string; constraints?: Record<string, unknown>; items?: StandardTable }>;
}

let standard: StandardTable | undefined;

/** The standard's table definition at `at` (read once per process: 3 MB of JSON). */
function standardTable(at: string[]): StandardTable {
  standard ??= JSON.parse(readFileSync(path.join(process.cwd(), "lib", "hsds", "standard", "organization.json"), "utf8")) as StandardTable;
  return at.reduce<StandardTable>((table, key) => table.properties[key].items!, standard);
}

function resource(spec: TableSpec, rows: Row[]) {
  const table = standardTable(spec.at);
  const required = new Set(table.required ?? []);
  const fields = spec.fields.map((name) => {
    const f = table.properties[name];
    if (!f) throw new Error(`HSDS table ${table.name} has no field ${name}`);
    return {
      name,
      type: f.type,
      ...(f.format ? { format: f.format } : {}),
      ...(f.title ? { title: f.title } : {}),
      ...(f.description ? { description: f.description } : {}),
      ...(required.has(name) || f.constraints?.unique ? { constraints: { ...(required.has(name) ? { required: true } : {}), ...(f.constraints?.unique ? { unique: true } : {}) } } : {}),
    };
  });
  return {
    descriptor: {
      name: table.name,
      path: table.path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      ...(table.description ? { description: table.description } : {}),
      schema: {
        fields,
        primaryKey: "id",
        ...(spec.references
          ? { foreignKeys: spec.references.map(([field, ref, refField]) => ({ fields: field, reference: { resource: ref, fields: refField } })) }
          : {}),
      },
    },
    csv: stringify(rows, { header: true, columns: spec.fields }),
  };
}

export interface DataPackageOptions {
  /** Contacts and phones tables: only for callers allowed to export contact persons. */
  withContacts: boolean;
  created: Date;
  origin: string;
}

/** The package's files: datapackage.json and one CSV per table. */
export function hsdsDataPackageFiles(orgs: HsdsOrganization[], options: DataPackageOptions): Record<string, string> {
  const resources = TABLES.filter((t) => options.withContacts || !t.personal).map((t) => resource(t, t.rows(orgs)));
  const descriptor = {
    profile: "tabular-data-package",
    name: "passerelle-hsds",
    title: "Passerelle: reintegration partners in Mali (Open Referral HSDS 3)",
    description: "The partners of the Passerelle directory as Open Referral Human Services Data Specification 3 tables.",
    homepage: options.origin,
    created: options.created.toISOString(),
    sources: [{ title: "Human Services Data Specification: an Open Referral resource", path: "https://openreferral.org/" }],
    resources: resources.map((r) => r.descriptor),
  };
  return {
    "datapackage.json": `${JSON.stringify(descriptor, null, 2)}\n`,
    ...Object.fromEntries(resources.map((r) => [r.descriptor.path, r.csv])),
  };
}

/** The package as a zip archive. */
export function hsdsDataPackageZip(orgs: HsdsOrganization[], options: DataPackageOptions): Uint8Array {
  const files = hsdsDataPackageFiles(orgs, options);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { mtime: options.created });
}
