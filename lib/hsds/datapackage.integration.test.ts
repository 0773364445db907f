import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectTestDb, getTestDb } from "../../tests/db-utils";
import type { Viewer } from "../auth/roles";
import { hsdsDataPackageZip } from "./datapackage";
import { allHsdsOrganizations } from "./queries";

const db = getTestDb();
afterAll(disconnectTestDb);

const ORIGIN = "https://passerelle.test";
const analyst: Viewer = { userId: 1, email: "analyst@example.org", role: "analyst" };
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

async function unpack(viewer: Viewer) {
  const orgs = await allHsdsOrganizations(viewer, ORIGIN);
  const zip = hsdsDataPackageZip(orgs, { withContacts: viewer !== null, created: new Date("2026-01-02T03:04:05Z"), origin: ORIGIN });
  const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
  const descriptor = JSON.parse(files["datapackage.json"]);
  const tables: Record<string, Record<string, string>[]> = Object.fromEntries(
    descriptor.resources.map((r: { name: string; path: string }) => [r.name, parse(files[r.path], { columns: true }) as Record<string, string>[]]),
  );
  return { files, descriptor, tables };
}

describe("HSDS tabular data package", () => {
  it("holds one CSV per table, described by datapackage.json with the standard's columns, keys that resolve", async () => {
    const { files, descriptor, tables } = await unpack(null);
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(Object.keys(files).sort()).toEqual(["datapackage.json", ...descriptor.resources.map((r: { path: string }) => r.path)].sort());
    expect(tables.organization).toHaveLength(await db.partner.count({ where: { status: "active" } }));
    for (const r of descriptor.resources) {
      // The CSV header is the descriptor's field list, in order.
      expect(files[r.path].split("\n")[0].split(","), r.name).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
      const ids = tables[r.name].map((row) => row.id);
      expect(new Set(ids).size, `${r.name} ids unique`).toBe(ids.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const targets = new Set(tables[fk.reference.resource].map((row) => row[fk.reference.fields]));
        for (const row of tables[r.name]) expect(targets.has(row[fk.fields]), `${r.name}.${fk.fields}`).toBe(true);
      }
    }
    const id = descriptor.resources[0].schema.fields.find((f: { name: string }) => f.name === "id");
    expect(id).toMatchObject({ type: "string", format: "uuid", constraints: { required: true, unique: true } });
    expect(tables.funding.length).toBe(await db.funding.count({ where: { partner: { status: "active" } } }));
  });

  it("has no contact person for a caller who may not export them, and contacts and phones for an analyst", async () => {
    const anonymous = await unpack(null);
    expect(anonymous.descriptor.resources.map((r: { name: string }) => r.name)).not.toContain("contact");
    for (const [name, text] of Object.entries(anonymous.files)) expect(text.match(EMAIL)?.[0] ?? null, name).toBeNull();

    const signedIn = await unpack(analyst);
    expect(signedIn.tables.contact.length).toBe(await db.contact.count({ where: { partner: { status: "active" } } }));
    expect(signedIn.tables.phone.length).toBeGreaterThan(0);
  });
});
