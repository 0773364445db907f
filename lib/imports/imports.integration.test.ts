/**
 * Issue 10, "A new edition of the report", done-when: on a database seeded from
 * the report, the edited copy (partner 10 renamed, partner 2's e-mail changed,
 * partner 36 removed, CRLF line endings) dry-runs to exactly those three
 * changes and writes nothing; applied through the review, the directory holds
 * the edited facts with history; a file that is not a report is refused with
 * its line, nothing staged.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectTestDb, getTestDb, makeUser, testDatabaseUrl } from "../../tests/db-utils";
import { issueEditedCopy, replaceInPartner, seededReport } from "../../tests/fixtures/edited-edition";
import { createTestDatabase, migrateAndSeed, type TestDatabase } from "../../tests/setup/test-database";
import { createDb, type Db } from "../db/client";
import type { ChangeSet } from "./change-set";
import { planEdition } from "./plan";
import { readEdition } from "./source";
import { stageEdition } from "./stage";
import { applyImportCore, discardImportCore, stageImportCore } from "./writes";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "passerelle-import-"));
const editedFile = path.join(dir, "cartographie-editee.txt");
const notReport = path.join(dir, "notes.txt");

beforeAll(() => {
  fs.writeFileSync(editedFile, issueEditedCopy());
  fs.writeFileSync(notReport, "Compte rendu de réunion\n\nPoints abordés :\n- budget 2024\n");
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await disconnectTestDb();
});

function runImport(args: string[], url = testDatabaseUrl()) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Everything an import could write, to prove that a run wrote nothing. */
async function directoryState(db: Db) {
  const [partners, donors, interviews, documents, editions, imports, audit, funders, contacts] = await Promise.all([
    db.partner.findMany({ select: { id: true, version: true, updatedAt: true, name: true, status: true, editionId: true }, orderBy: { id: "asc" } }),
    db.donor.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.interview.findMany({ orderBy: { id: "asc" } }),
    db.sourceDocument.findMany({ orderBy: { id: "asc" } }),
    db.edition.findMany({ orderBy: { id: "asc" } }),
    db.editionImport.count(),
    db.auditEntry.count(),
    db.funder.count(),
    db.contact.findMany({ select: { id: true, emails: true }, orderBy: { id: "asc" } }),
  ]);
  return { partners, donors, interviews, documents, editions, imports, audit, funders, contacts };
}

describe("npm run import -- FILE --dry-run --json", () => {
  it("reports exactly the three changes of the edited copy and writes nothing", async () => {
    const db = getTestDb();
    const before = await directoryState(db);
    const run = runImport([editedFile, "--dry-run", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const set = JSON.parse(run.stdout) as ChangeSet;

    expect(set.summary).toEqual({
      partners: { added: 0, removed: 1, changed: 2, unchanged: 34 },
      actors: { added: 0, removed: 0, changed: 0, unchanged: 11 },
      interviews: { added: 0, removed: 0, changed: 0, unchanged: 64 },
      documents: { added: 0, removed: 0, changed: 0, unchanged: 64 },
    });
    expect(set.partners).toHaveLength(37);
    const notUnchanged = set.partners.filter((p) => p.status !== "unchanged");
    expect(notUnchanged.map((p) => [p.number, p.status])).toEqual([
      [2, "changed"],
      [10, "changed"],
      [36, "removed"],
    ]);
    const [p2, p10] = notUnchanged;
    expect(p10).toMatchObject({ slug: "donilab" });
    expect(p10.fields).toContainEqual({ field: "name", before: "DONILAB", after: "DONILAB MALI", conflict: false });
    const contacts = p2.fields!.find((f) => f.field === "contacts")!;
    expect(JSON.stringify(contacts.before)).toContain("djibrillam@yahoo.fr");
    expect(JSON.stringify(contacts.after)).toContain("direction@cfps.ml");
    expect(JSON.stringify(contacts.after)).not.toContain("djibrillam@yahoo.fr");
    // Typed fields only where the edit is: the report text of the same lines may follow, nothing else.
    expect(p2.fields!.map((f) => f.field).filter((f) => f !== "sections")).toEqual(["contacts"]);
    expect(p10.fields!.map((f) => f.field).filter((f) => f !== "sections").sort()).toEqual(["displayName", "name"]);
    expect(set.partners.filter((p) => p.status === "unchanged").every((p) => !("fields" in p))).toBe(true);
    expect(set.edition).toMatchObject({ title: "Cartographie 2022", counts: { partners: 36, actors: 11, interviews: 64, documents: 64 } });

    expect(await directoryState(db)).toEqual(before);
  });

  it("refuses a file that is not a report with the line that made it so, and stages nothing", async () => {
    const db = getTestDb();
    const before = await directoryState(db);
    const run = runImport([notReport]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^${notReport.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1: not a mapping report: .+; nothing staged\\n$`));
    expect(await directoryState(db)).toEqual(before);
  });
});

describe("applying the edited copy through the review", () => {
  let own: TestDatabase;
  let db: Db;

  // Applying changes the directory: it runs on a database of its own, seeded the same way.
  beforeAll(async () => {
    own = await createTestDatabase("imports");
    await migrateAndSeed(own.url);
    db = createDb(own.url, 3);
  }, 180_000);
  afterAll(async () => {
    await db?.$disconnect();
    await own?.drop();
  });

  it("gives the edited facts, with history attributed to the admin, the removed partner archived", async () => {
    const admin = await makeUser(db, "admin");
    const officer = await makeUser(db, "officer");
    // An admin edit on a field the new edition does not touch stays; one on a field it changes is a conflict.
    const p10 = await db.partner.findUniqueOrThrow({ where: { number: 10 } });
    await db.partner.update({ where: { id: p10.id }, data: { founded: 2015, editedFields: ["founded"] } });

    const source = readEdition("cartographie-editee.txt", issueEditedCopy(), "Cartographie 2022 révisée");
    const { id, plan } = await stageEdition(db, source, admin.id);
    expect(plan.changeSet.summary.partners).toEqual({ added: 0, removed: 1, changed: 2, unchanged: 34 });
    expect(await db.partner.findUniqueOrThrow({ where: { number: 10 }, select: { name: true } })).toEqual({ name: "DONILAB" });

    const form = { id: String(id), fingerprint: plan.fingerprint, f: { p36: "accept", p2: "fields", p10: "accept" }, d: { p2: { contacts: "accept", sections: "accept" } } };
    expect(await applyImportCore(officer, form, db)).toMatchObject({ ok: false, message: "auth.errors.forbidden" });
    expect(await applyImportCore(null, form, db)).toMatchObject({ ok: false, message: "auth.errors.signInRequired" });
    expect(await applyImportCore(admin, { ...form, fingerprint: "0".repeat(32) }, db)).toMatchObject({ ok: false, message: "imports.errors.moved" });
    expect(await db.editionImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "staged" });

    const applied = await applyImportCore(admin, form, db);
    expect(applied).toMatchObject({ ok: true, message: "imports.applied", values: { changed: 2, archived: 1, added: 0 } });

    const renamed = await db.partner.findUniqueOrThrow({ where: { number: 10 }, include: { edition: true } });
    expect(renamed).toMatchObject({ name: "DONILAB MALI", displayName: "DONILAB MALI", slug: "donilab", founded: 2015, editedFields: ["founded"] });
    expect(renamed.edition).toMatchObject({ title: "Cartographie 2022 révisée", origin: "import" });
    expect(renamed.version).toBe(p10.version + 1);

    const cfps = await db.partner.findUniqueOrThrow({ where: { number: 2 }, include: { contacts: true } });
    expect(cfps.contacts.flatMap((c) => c.emails)).toEqual(["direction@cfps.ml"]);
    expect(cfps.contactSearchText).toContain("direction@cfps.ml");

    const coopi = await db.partner.findUniqueOrThrow({ where: { number: 36 } });
    expect(coopi.status).toBe("archived");

    const history = await db.auditEntry.findMany({ where: { entityType: "partner", entityId: { in: [renamed.id, cfps.id, coopi.id] }, action: { in: ["edition"] } } });
    const byPartner = new Map(history.map((h) => [h.entityId, h]));
    expect(byPartner.get(renamed.id)).toMatchObject({ userId: admin.id, version: renamed.version, changes: { name: { before: "DONILAB", after: "DONILAB MALI" } } });
    expect(Object.keys(byPartner.get(cfps.id)!.changes as object)).toContain("contacts");
    expect(byPartner.get(coopi.id)).toMatchObject({ userId: admin.id, changes: { status: { before: "active", after: "archived" } } });
    expect(await db.editionImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "applied", decidedById: admin.id });

    // Applying twice is refused; the directory now matches the edition: a new dry run finds nothing to change.
    expect(await applyImportCore(admin, form, db)).toMatchObject({ ok: false, message: "imports.errors.closed" });
    const again = await planEdition(db, source);
    expect(again.changeSet.partners.filter((p) => p.status !== "unchanged")).toEqual([]);
    // The seed file is older than the applied edition: `npm run db:seed` leaves the directory alone.
    const seed = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: own.url }, encoding: "utf8", timeout: 120_000 });
    expect(seed.stdout).toContain("not loaded");
    expect((await db.partner.findUniqueOrThrow({ where: { number: 10 } })).name).toBe("DONILAB MALI");
    expect(seededReport().text).toContain("FICHE PARTENAIRE 36");
  }, 240_000); // stages, applies and re-runs the seed: heavy on a shared machine

  it("keeps a rejected value, citing the edition it came from, and does not offer the same change again", async () => {
    const admin = await makeUser(db, "admin");
    const before = await db.partner.findUniqueOrThrow({ where: { number: 4 }, select: { structureType: true, editionId: true, version: true } });
    const text = replaceInPartner(issueEditedCopy(), 4, "Type de structure Créé en 1956", "Type de structure Fondé en 1956");
    const source = readEdition("cartographie-3.txt", text, "Cartographie 2022, 3e révision");
    const { id, plan } = await stageEdition(db, source, admin.id);
    const p4 = plan.changeSet.partners.find((p) => p.number === 4)!;
    expect(p4.status).toBe("changed");
    expect(p4.fields!.map((f) => f.field)).toContain("structureType");

    const applied = await applyImportCore(admin, { id: String(id), fingerprint: plan.fingerprint, f: { p4: "reject" } }, db);
    expect(applied).toMatchObject({ ok: true });
    const after = await db.partner.findUniqueOrThrow({ where: { number: 4 }, select: { structureType: true, editionId: true, version: true, report: true } });
    expect(after.structureType).toBe(before.structureType);
    expect(after.editionId).not.toBe(before.editionId);
    const pinned = (after.report as { pinned?: Record<string, { edition: number; lines: [number, number] | null }> }).pinned;
    expect(pinned?.structureType).toMatchObject({ edition: before.editionId });
    expect(pinned?.structureType?.lines?.[0]).toBeGreaterThan(0);

    const again = await planEdition(db, source);
    expect(again.changeSet.partners.find((p) => p.number === 4)!.status).toBe("unchanged");
  }, 120_000);

  it("stages an uploaded edition for admins only, refuses a non-report with its line, and discards without touching the directory", async () => {
    const admin = await makeUser(db, "admin");
    const analyst = await makeUser(db, "analyst");
    const upload = (name: string, text: string) => ({ file: new File([text], name, { type: "text/plain" }), title: "" });
    const staged = await db.editionImport.count();

    expect(await stageImportCore(analyst, upload("edition.txt", issueEditedCopy()), db)).toMatchObject({ ok: false, message: "auth.errors.forbidden" });
    expect(await stageImportCore(admin, upload("notes.txt", "Compte rendu\n\nrien d’autre\n"), db)).toMatchObject({
      ok: false,
      message: "imports.errors.notAReport",
      values: { line: 1 },
    });
    expect(await stageImportCore(admin, { file: new File([], "vide.txt"), title: "" }, db)).toMatchObject({ ok: false, errors: { file: ["fileMissing"] } });
    expect(await db.editionImport.count()).toBe(staged);

    const ok = await stageImportCore(admin, upload("edition.txt", issueEditedCopy()), db);
    expect(ok).toMatchObject({ ok: true, redirectTo: expect.stringMatching(/^\/admin\/imports\/\d+$/) });
    const id = Number(ok.redirectTo!.split("/").pop());
    expect(await db.editionImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "staged", createdById: admin.id, sourceFile: "edition.txt" });

    const versions = await db.partner.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } });
    expect(await discardImportCore(analyst, { id: String(id) }, db)).toMatchObject({ ok: false, message: "auth.errors.forbidden" });
    expect(await discardImportCore(admin, { id: String(id) }, db)).toMatchObject({ ok: true, message: "imports.discarded" });
    expect(await discardImportCore(admin, { id: String(id) }, db)).toMatchObject({ ok: false, message: "imports.errors.closed" });
    expect(await db.editionImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "discarded", decidedById: admin.id });
    expect(await db.partner.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } })).toEqual(versions);
  }, 120_000);
});
