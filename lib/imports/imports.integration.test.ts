/**
 * Issue 10, "A new edition of the report", done-when: on a database seeded from
 * the report, the edited copy (partner 10 renamed, partner 2's e-mail changed,
 * partner 36 removed, CRLF line endings) dry-runs to exactly those three
 * changes and writes nothing; applied through the review, the directory holds
 * the edited facts with history; a file that is not a report is refused with
 * its line, nothing staged.
 *
 * Applying changes the directory: the whole file runs on a database of its own,
 * seeded the same way, which the app's own client (getDb) is pointed at. The
 * review is driven through the very "use server" exports its forms post to, with
 * a real session cookie (tests/request-context.ts): only the Next.js request is
 * stood in for (issue 11).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser } from "../../tests/db-utils";
import { issueEditedCopy, replaceInPartner, seededReport } from "../../tests/fixtures/edited-edition";
import { post } from "../../tests/request-context";
import { createTestDatabase, migrateAndSeed, type TestDatabase } from "../../tests/setup/test-database";
import { getDb, getPool, type Db } from "../db/client";
import { PARTNERS_TAG } from "../partners/cached";
import { applyEditionImport, discardEditionImport, stageImport } from "./actions";
import type { ChangeSet } from "./change-set";
import { planEdition } from "./plan";
import { readEdition } from "./source";
import { stageEdition } from "./stage";

const cache = vi.hoisted(() => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/headers", () => import("../../tests/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ ...cache, unstable_cache: (fn: unknown) => fn }));
// The work a write leaves for after the answer (next/server `after`): kept, run when a test asks.
const followUps = vi.hoisted(() => [] as Array<() => Promise<void>>);
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: (task: () => Promise<void>) => void followUps.push(task) }));
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "passerelle-import-"));
const editedFile = path.join(dir, "cartographie-editee.txt");
const notReport = path.join(dir, "notes.txt");
let own: TestDatabase;
let db: Db;

beforeAll(async () => {
  fs.writeFileSync(editedFile, issueEditedCopy());
  fs.writeFileSync(notReport, "Compte rendu de réunion\n\nPoints abordés :\n- budget 2024\n");
  own = await createTestDatabase("imports");
  await migrateAndSeed(own.url);
  // Before the app's client is first made: the actions, the session lookup and the tests all read this database.
  process.env.DATABASE_URL = own.url;
  db = getDb();
}, 180_000);
beforeEach(() => {
  cache.revalidatePath.mockClear();
  cache.updateTag.mockClear();
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (db) {
    await db.$disconnect();
    await getPool().end();
  }
  await own?.drop();
});

function runImport(args: string[], url = own.url) {
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
    const before = await directoryState(db);
    const run = runImport([notReport]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^${notReport.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1: not a mapping report: .+; nothing staged\\n$`));
    expect(await directoryState(db)).toEqual(before);
  });
});

describe("applying the edited copy through the review", () => {
  it("gives the edited facts, with history attributed to the admin, the removed partner archived", async () => {
    const admin = await makeUser(db, "admin");
    const officer = await makeUser(db, "officer");
    // An admin edit on a field the new edition does not touch stays; one on a field it changes is a conflict.
    const p10 = await db.partner.findUniqueOrThrow({ where: { number: 10 } });
    const partnersBefore = await db.partner.count();
    await db.partner.update({ where: { id: p10.id }, data: { founded: 2015, editedFields: ["founded"] } });

    const source = readEdition("cartographie-editee.txt", issueEditedCopy(), "Cartographie 2022 révisée");
    const { id, plan } = await stageEdition(db, source, admin.id);
    expect(plan.changeSet.summary.partners).toEqual({ added: 0, removed: 1, changed: 2, unchanged: 34 });
    expect(await db.partner.findUniqueOrThrow({ where: { number: 10 }, select: { name: true } })).toEqual({ name: "DONILAB" });

    const form = { id: String(id), fingerprint: plan.fingerprint, f: { p36: "accept", p2: "fields", p10: "accept" }, d: { p2: { contacts: "accept", sections: "accept" } } };
    expect(await post(officer, applyEditionImport, form)).toMatchObject({ ok: false, message: "auth.errors.forbidden" });
    expect(await post(null, applyEditionImport, form)).toMatchObject({ ok: false, message: "auth.errors.signInRequired" });
    // A token claiming "admin" for an officer: the role is read from the database.
    expect(await post(officer, applyEditionImport, form, { role: "admin" })).toMatchObject({ ok: false, message: "auth.errors.forbidden" });
    expect(await post(admin, applyEditionImport, { ...form, fingerprint: "0".repeat(32) })).toMatchObject({ ok: false, message: "imports.errors.moved" });
    expect(await db.editionImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "staged" });
    expect(cache.updateTag).not.toHaveBeenCalled();
    expect(cache.revalidatePath).not.toHaveBeenCalled();

    // The real export sends the admin back to the review, now applied, with the directory's pages and cached reads refreshed.
    followUps.length = 0;
    expect(await post(admin, applyEditionImport, form)).toEqual({ ok: true, redirectTo: `/admin/imports/${id}` });
    expect(cache.updateTag).toHaveBeenCalledWith(PARTNERS_TAG);
    // The vocabulary of "did you mean" follows the edition once the answer has gone (lib/partners/search-words.ts).
    expect(followUps).toHaveLength(1);
    await followUps[0]();
    for (const page of ["/partners", "/donors", "/regions", "/funders", "/sources", "/admin/imports", `/admin/imports/${id}`]) expect(cache.revalidatePath).toHaveBeenCalledWith(page);
    // The counts the review reports, read from the history: two fiches changed, one archived, none added
    // (a fiche whose report text only moved to other lines gets an entry for its sections alone).
    const recorded = await db.auditEntry.findMany({ where: { entityType: "partner", action: "edition", userId: admin.id }, select: { entityId: true, changes: true } });
    const changed = recorded.filter((r) => Object.keys(r.changes as object).some((field) => field !== "sections")).map((r) => r.entityId);
    const numbers = await db.partner.findMany({ where: { id: { in: changed } }, select: { number: true }, orderBy: { number: "asc" } });
    expect(numbers.map((n) => n.number)).toEqual([2, 10, 36]);
    expect(await db.partner.count()).toBe(partnersBefore);

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
    expect(await post(admin, applyEditionImport, form)).toMatchObject({ ok: false, message: "imports.errors.closed" });
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

    const applied = await post(admin, applyEditionImport, { id: String(id), fingerprint: plan.fingerprint, f: { p4: "reject" } });
    expect(applied).toEqual({ ok: true, redirectTo: `/admin/imports/${id}` });
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

    expect(await post(analyst, stageImport, upload("edition.txt", issueEditedCopy()))).toMatchObject({ ok: false, message: "auth.errors.forbidden" });
    expect(await post(admin, stageImport, upload("notes.txt", "Compte rendu\n\nrien d’autre\n"))).toMatchObject({
      ok: false,
      message: "imports.errors.notAReport",
      values: { line: 1 },
    });
    expect(await post(admin, stageImport, { file: new File([], "vide.txt"), title: "" })).toMatchObject({ ok: false, errors: { file: ["fileMissing"] } });
    expect(await db.editionImport.count()).toBe(staged);

    expect(cache.revalidatePath).not.toHaveBeenCalled();
    const ok = await post(admin, stageImport, upload("edition.txt", issueEditedCopy()));
    // The real export sends the admin to the staged edition's review; the list of imports is refreshed.
    expect(ok).toEqual({ ok: true, redirectTo: expect.stringMatching(/^\/admin\/imports\/\d+$/) });
    expect(cache.revalidatePath.mock.calls).toEqual([["/admin/imports"]]);
    const id = Number(ok.redirectTo!.split("/").pop());
    expect(await db.editionImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "staged", createdById: admin.id, sourceFile: "edition.txt" });

    const versions = await db.partner.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } });
    expect(await post(analyst, discardEditionImport, { id: String(id) })).toMatchObject({ ok: false, message: "auth.errors.forbidden" });
    cache.revalidatePath.mockClear();
    expect(await post(admin, discardEditionImport, { id: String(id) })).toEqual({ ok: true, redirectTo: "/admin/imports" });
    expect(cache.revalidatePath.mock.calls).toEqual([["/admin/imports"]]);
    expect(await post(admin, discardEditionImport, { id: String(id) })).toMatchObject({ ok: false, message: "imports.errors.closed" });
    // Staging and discarding change no fiche: the cached public reads stay.
    expect(cache.updateTag).not.toHaveBeenCalled();
    expect(await db.editionImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "discarded", decidedById: admin.id });
    expect(await db.partner.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } })).toEqual(versions);
  }, 120_000);
});
