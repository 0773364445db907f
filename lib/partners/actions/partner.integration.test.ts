import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import type { PartnerSnapshot } from "../history";

// Only the Next.js request is stood in for (a real session cookie per call): the
// database, the guards and next-auth's session decoding stay real, and the
// tests call the very "use server" exports the forms post to (issue 11).
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/headers", () => import("../../../tests/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ ...cache, unstable_cache: (fn: unknown) => fn }));
// The work a write leaves for after the answer (next/server `after`) is kept, for a test to run when it asks.
const followUps = vi.hoisted(() => [] as Array<() => Promise<void>>);
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: (task: () => Promise<void>) => void followUps.push(task) }));

process.env.DATABASE_URL ??= inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { asUser, post, toFormData } = await import("../../../tests/request-context");

const { getDb } = await import("../../db/client");
const { makeUsersByRole } = await import("../../../tests/db-utils");
const { canonical, loadSnapshot } = await import("../history");
const { conflictingUnits, mergeSnapshots } = await import("../conflict-merge");
const actions = await import("./partner");
const { PARTNERS_TAG } = await import("../cached");

type Action = Parameters<typeof post>[1];

type Users = Awaited<ReturnType<typeof makeUsersByRole>>;
let users: Users;
const db = getDb();

/** A seeded partner with an absorption capacity and a contact person. */
async function seededPartner() {
  const row = await db.partner.findFirstOrThrow({
    where: { number: { not: null }, status: "active", capacities: { some: { kind: "absorption" } }, contacts: { some: {} } },
    orderBy: { number: "asc" },
    select: { id: true, slug: true, version: true },
  });
  return { ...row, snapshot: (await loadSnapshot(db, row.id))! };
}

/** The form a browser would post for the partner as it stands, with `patch` applied. */
function formOf(p: Awaited<ReturnType<typeof seededPartner>>, patch: Record<string, string> = {}): Record<string, unknown> {
  const s = p.snapshot;
  const capacities: Record<string, unknown> = {};
  for (const c of s.capacities) capacities[c.kind] = { ...c, min: c.min ?? "", max: c.max ?? "", unlimited: c.unlimited ? "on" : "" };
  const form: Record<string, unknown> = {
    id: String(p.id),
    version: String(p.version),
    ...Object.fromEntries(Object.entries(s.scalars).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : typeof v === "boolean" ? (v ? "on" : "") : (v ?? "")])),
    regions: s.regions,
    capacities,
    trainings: s.trainings.map((t) => ({ name: t.name, durationMonths: t.durationMonths ?? "" })),
    fundings: s.fundings.map((f) => ({ funder: f.funder, text: f.text, programme: f.programme ?? "", current: f.current ? "on" : "" })),
    contacts: s.contacts.map((c) => ({ name: c.name ?? "", role: c.role ?? "", emails: c.emails.join("\n"), phones: c.phones.map((ph) => ph.text).join("\n") })),
    sections: s.sections.map((sec) => ({ fields: sec.fields.map((f) => ({ value: f.value })) })),
  };
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split(".");
    let node = form as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
  }
  return form;
}

async function stateOf(partnerId: number) {
  const [row, audits, partners] = await Promise.all([
    db.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { version: true, editedFields: true, status: true } }),
    db.auditEntry.count(),
    db.partner.count(),
  ]);
  return { ...row, snapshot: canonical(await loadSnapshot(db, partnerId)), audits, partners };
}

beforeAll(async () => {
  users = await makeUsersByRole(db);
});

beforeEach(() => {
  cache.revalidatePath.mockClear();
  cache.updateTag.mockClear();
  followUps.length = 0;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("every partner action refuses anonymous visitors, officers and analysts", () => {
  it("changes nothing, whatever the session claims", async () => {
    const p = await seededPartner();
    const before = await stateOf(p.id);
    const attempts: Array<[string, Action, Record<string, unknown>]> = [
      ["edit", actions.editPartner, formOf(p, { costs: "Gratuit" })],
      ["create", actions.createPartner, { ...formOf(p), name: "Intrus" }],
      ["archive", actions.archivePartner, { id: p.id, version: p.version }],
      ["unarchive", actions.unarchivePartner, { id: p.id, version: p.version }],
      ["restore", actions.restorePartnerVersion, { id: p.id, version: p.version, targetVersion: 1 }],
    ];
    for (const user of [null, users.officer, users.analyst]) {
      for (const [name, action, input] of attempts) {
        const result = await post(user, action, input);
        expect(result.ok, `${name} as ${user?.role ?? "anonymous"}`).toBe(false);
        expect(result.message).toBe(user ? "auth.errors.forbidden" : "auth.errors.signInRequired");
      }
    }
    // A token claiming "admin" for an officer: the role is read from the database.
    const forged = await asUser(users.officer, () => actions.archivePartner({}, toFormData({ id: p.id, version: p.version })), { role: "admin" });
    expect(forged.message).toBe("auth.errors.forbidden");
    expect(await stateOf(p.id)).toEqual(before);
    expect(cache.updateTag).not.toHaveBeenCalled();
  });
});

describe("an admin's edit", () => {
  it("saves a capacity and a contact with an audit entry, and marks the fields as edited", async () => {
    const p = await seededPartner();
    const result = await post(
      users.admin,
      actions.editPartner,
      formOf(p, {
        "capacities.absorption.text": "Jusqu’à 1234 apprenants par an.",
        "capacities.absorption.max": "1234",
        "contacts.0.phones": "+223 70.11.22.33",
        "trainings.0.name": "Menuiserie aluminium (test)",
        reason: "Appel du centre",
      }),
    );
    expect(result).toMatchObject({ ok: true, message: "admin.edit.saved", values: { version: p.version + 1 } });
    // The export's own success path: the cached anonymous pages and the fiche are refreshed.
    expect(cache.updateTag).toHaveBeenCalledWith(PARTNERS_TAG);
    expect(cache.revalidatePath).toHaveBeenCalledWith(`/partners/${p.slug}`);

    const row = await db.partner.findUniqueOrThrow({
      where: { id: p.id },
      select: { version: true, editedFields: true, searchText: true, capacities: true, contacts: { include: { phones: true } } },
    });
    expect(row.version).toBe(p.version + 1);
    expect(row.editedFields).toEqual(expect.arrayContaining(["capacities", "contacts", "trainings"]));
    expect(row.capacities.find((c) => c.kind === "absorption")).toMatchObject({ max: 1234, text: "Jusqu’à 1234 apprenants par an." });
    expect(row.contacts[0].phones.map((ph) => ph.number)).toEqual(["+22370112233"]);
    expect(row.searchText).toContain("Menuiserie aluminium (test)");

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "partner", entityId: p.id, version: p.version + 1 } });
    expect(audit).toMatchObject({ action: "edit", userId: users.admin.id, reason: "Appel du centre" });
    expect(Object.keys(audit.changes as object).sort()).toEqual(["capacities", "contacts", "trainings"]);
    expect(canonical(audit.snapshot)).toBe(canonical(await loadSnapshot(db, p.id)));
    // The state before the first edit is kept as the "import" version, so it can be restored.
    const baseline = await db.auditEntry.findFirst({ where: { entityType: "partner", entityId: p.id, action: "import" } });
    expect(canonical(baseline?.snapshot)).toBe(canonical(p.snapshot));
  });

  it("reports no change, and writes nothing, when the form is submitted as it was", async () => {
    const p = await seededPartner();
    const before = await stateOf(p.id);
    expect(await post(users.admin, actions.editPartner, formOf(p))).toMatchObject({ ok: true, message: "admin.edit.unchanged" });
    expect(await stateOf(p.id)).toEqual(before);
  });

  it("returns field errors from the shared schema and writes nothing", async () => {
    const p = await seededPartner();
    const before = await stateOf(p.id);
    const result = await post(
      users.admin,
      actions.editPartner,
      formOf(p, { name: "", "contacts.0.emails": "pas-une-adresse", insertionRate: "140", "capacities.absorption.min": "900", "capacities.absorption.max": "10" }),
    );
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject({
      name: ["required"],
      "contacts.0.emails.0": ["invalidEmail"],
      insertionRate: ["tooBig"],
      "capacities.absorption.max": ["maxBelowMin"],
    });
    expect(await stateOf(p.id)).toEqual(before);
  });
});

describe("edit conflicts", () => {
  it("refuses a form opened before someone else's save, says what changed, and overwrites nothing", async () => {
    const p = await seededPartner();
    const first = await post(users.admin, actions.editPartner, formOf(p, { costs: "Frais : 10 000 FCFA", reason: "tarif 2024" }));
    expect(first.ok).toBe(true);
    const afterFirst = await stateOf(p.id);

    // The second form still carries the version it was opened at.
    const second = await post(users.admin, actions.editPartner, formOf(p, { challenges: "Écrasement ?" }));
    expect(second).toMatchObject({ ok: false, message: "admin.errors.conflict" });
    expect(second.conflict?.currentVersion).toBe(p.version + 1);
    expect(second.conflict?.changes).toEqual([
      expect.objectContaining({ version: p.version + 1, fields: ["costs"], reason: "tarif 2024", by: expect.any(String) }),
    ]);
    expect(await stateOf(p.id)).toEqual(afterFirst);
  });

  it("sends the other version's values back, and saves a field-by-field merge against the new version only", async () => {
    const p = await seededPartner();
    const first = await post(users.admin, actions.editPartner, formOf(p, { costs: "Frais : 12 000 FCFA", perspectives: "Deux antennes" }));
    expect(first.ok).toBe(true);
    const refused = await post(users.admin, actions.editPartner, formOf(p, { costs: "Frais : 8 000 FCFA", challenges: "Locaux exigus" }));
    expect(refused.ok).toBe(false);
    const theirs = refused.conflict?.theirs as PartnerSnapshot;
    expect(canonical(theirs)).toBe(canonical(await loadSnapshot(db, p.id)));

    // Keep my costs, take their perspectives (and my challenges, which nobody else touched).
    const mine = { ...p.snapshot, scalars: { ...p.snapshot.scalars, costs: "Frais : 8 000 FCFA", challenges: "Locaux exigus" } };
    expect(conflictingUnits(p.snapshot, mine, theirs).map((c) => c.unit.id)).toEqual(["costs", "perspectives"]);
    const merged = mergeSnapshots(p.snapshot, mine, theirs, { costs: "mine", perspectives: "theirs" });
    const mergedForm = formOf({ ...p, version: refused.conflict!.currentVersion, snapshot: merged });
    // The optimistic-concurrency check stays: the merge carries the version it was made against.
    const stale = await post(users.admin, actions.editPartner, { ...mergedForm, version: String(p.version) });
    expect(stale.message).toBe("admin.errors.conflict");
    const saved = await post(users.admin, actions.editPartner, mergedForm);
    expect(saved).toMatchObject({ ok: true, message: "admin.edit.saved" });
    const now = (await loadSnapshot(db, p.id))!;
    expect(now.scalars).toMatchObject({ costs: "Frais : 8 000 FCFA", perspectives: "Deux antennes", challenges: "Locaux exigus" });
  });
});

describe("history and restore", () => {
  it("restores an earlier version as a new recorded change", async () => {
    const p = await seededPartner();
    // Make sure the partner has a recorded baseline and at least one change.
    const edited = await post(users.admin, actions.editPartner, formOf(p, { perspectives: "Ouvrir une antenne à Kayes" }));
    expect(edited.ok).toBe(true);
    const baseline = await db.auditEntry.findFirstOrThrow({ where: { entityType: "partner", entityId: p.id, action: "import" } });

    const current = await db.partner.findUniqueOrThrow({ where: { id: p.id }, select: { version: true } });
    const restored = await post(users.admin, actions.restorePartnerVersion, { id: p.id, version: current.version, targetVersion: baseline.version, reason: "" });
    expect(restored).toMatchObject({ ok: true, message: "admin.history.restored", values: { version: current.version + 1 } });

    // Everything an admin can edit is back as the import wrote it (status included).
    const now = await loadSnapshot(db, p.id);
    expect(canonical(now)).toBe(canonical(baseline.snapshot));
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityType: "partner", entityId: p.id, version: current.version + 1 } });
    expect(entry).toMatchObject({ action: "restore", userId: users.admin.id, reason: `v${baseline.version}` });
    expect(Object.keys(entry.changes as object).length).toBeGreaterThan(0);
  });

  it("archives and brings back a partner, never deleting it", async () => {
    const p = await seededPartner();
    const archived = await post(users.admin, actions.archivePartner, { id: p.id, version: p.version });
    expect(archived).toMatchObject({ ok: true, message: "admin.edit.archived" });
    expect((await db.partner.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("archived");
    const back = await post(users.admin, actions.unarchivePartner, { id: p.id, version: p.version + 1 });
    expect(back.ok).toBe(true);
    const row = await db.partner.findUniqueOrThrow({ where: { id: p.id } });
    expect(row.status).toBe("active");
    const actionsRecorded = await db.auditEntry.findMany({ where: { entityType: "partner", entityId: p.id, version: { gt: p.version } }, orderBy: { version: "asc" } });
    expect(actionsRecorded.map((a) => a.action)).toEqual(["archive", "unarchive"]);
  });
});

describe("the words of 'did you mean' after an admin's change", () => {
  it("takes an edit's new word once the answer has gone, and drops it when the edit is undone", async () => {
    const { suggestSearch } = await import("../search-suggestion");
    const { parsePartnerFilters } = await import("../filters");
    const typo = (q: string) => {
      const parsed = parsePartnerFilters(new URLSearchParams({ q }));
      if (!parsed.success) throw new Error(parsed.error.message);
      return parsed.data;
    };
    // A made-up word, new to the directory in every run, and the same word with two letters swapped.
    const word = `vortexquil${Date.now().toString(36).replace(/[0-9]/g, "")}e`;
    const mistyped = word.slice(0, 3) + word[4] + word[3] + word.slice(5);
    const p = await seededPartner();
    const saved = await post(users.admin, actions.editPartner, formOf(p, { "trainings.0.name": `Atelier ${word}`, reason: "test" }));
    expect(saved.ok).toBe(true);
    // The save answered without refreshing the vocabulary: its refresh waits for the answer to go.
    expect(followUps).toHaveLength(1);
    expect(await suggestSearch(typo(mistyped), null, db)).toBeNull();
    await followUps[0]();
    expect(await suggestSearch(typo(mistyped), null, db)).toMatchObject({ q: word, total: 1 });

    const restored = await post(users.admin, actions.restorePartnerVersion, { id: p.id, version: p.version + 1, targetVersion: p.version, reason: "" });
    expect(restored.ok).toBe(true);
    await followUps[1]();
    expect(await suggestSearch(typo(mistyped), null, db)).toBeNull();
    expect(await db.$queryRaw`SELECT 1 FROM "search_word" WHERE "word" = ${word}`).toEqual([]);
  });

  it("is not asked for by a refused change", async () => {
    const p = await seededPartner();
    expect((await post(users.officer, actions.editPartner, formOf(p, { costs: "Gratuit" }))).ok).toBe(false);
    expect(followUps).toHaveLength(0);
  });
});

describe("creating a partner", () => {
  it("creates it with a free slug, its children, its search text and a 'create' audit entry", async () => {
    const region = await db.region.findFirstOrThrow({ select: { slug: true } });
    const funder = await db.funder.findFirstOrThrow({ select: { slug: true } });
    const name = `Centre test ${Date.now()}`;
    const result = await post(users.admin, actions.createPartner, {
      name,
      category: "vocational_training",
      returneeExperience: "yes",
      regions: [region.slug],
      capacities: { absorption: { text: "50 jeunes par an", max: "50", period: "year" } },
      trainings: [{ name: "Couture" }, { name: "" }],
      fundings: [{ funder: funder.slug, current: "on" }],
      contacts: [{ name: "Mme Test", phones: "+223 66.00.11.22", emails: "test@example.org" }],
    });
    // The real export redirects to the new fiche.
    expect(result.redirectTo).toMatch(/^\/partners\/centre-test-/);
    const slug = result.redirectTo!.replace("/partners/", "");
    const row = await db.partner.findUniqueOrThrow({
      where: { slug },
      include: { trainings: true, capacities: true, contacts: { include: { phones: true } }, regions: true, fundings: true },
    });
    expect(row).toMatchObject({ name, number: null, version: 1, status: "active" });
    expect(row.trainings.map((t) => t.name)).toEqual(["Couture"]);
    expect(row.capacities[0]).toMatchObject({ kind: "absorption", max: 50, period: "year" });
    expect(row.contacts[0].phones[0].number).toBe("+22366001122");
    expect(row.searchText).toContain("Couture");
    expect(await db.auditEntry.count({ where: { entityType: "partner", entityId: row.id, action: "create", userId: users.admin.id } })).toBe(1);
  });

  it("never takes a route's path: a partner named Facets is not hidden behind /partners/facets", async () => {
    const result = await post(users.admin, actions.createPartner, { name: "Facets", category: "ngo", returneeExperience: "yes" });
    expect(result.redirectTo).toBe("/partners/facets-2");
    // The directory's other tests count the seeded partners: this one goes.
    await db.partner.delete({ where: { slug: "facets-2" } });
  });
});
