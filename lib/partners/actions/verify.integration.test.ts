import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// Only the Next.js request is stood in for (a real session cookie per call):
// the database, the guards and next-auth's session decoding stay real, and the
// tests post to the real "use server" export (issue 11).
vi.mock("next/headers", () => import("../../../tests/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));

const { cleanupTestData, createTestPartner, disconnectTestDb } = await import("../../../tests/db-utils");
const { getDb } = await import("../../db/client");
const { makeUsersByRole } = await import("../../../tests/db-utils");
const { PARTNER_ENTITY, canonical, loadSnapshot } = await import("../history");
const { getPartnerBySlug } = await import("../detail-queries");
const { listPartners } = await import("../queries");
const { parsePartnerFilters } = await import("../filters");
const { commitPartnerChange } = await import("./commit");
const { verifyPartnerAction } = await import("./partner");
const { post } = await import("../../../tests/request-context");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

/** Post the verify form as `user`; a redirect (success) comes back as `redirectTo`. */
const verifyAs = (user: Parameters<typeof post>[0], input: Record<string, unknown>) => post(user, verifyPartnerAction, input);

const db = getDb();
let users: Awaited<ReturnType<typeof makeUsersByRole>>;

beforeAll(async () => {
  users = await makeUsersByRole(db);
});
afterEach(cleanupTestData);
afterAll(async () => {
  await disconnectTestDb();
  await db.$disconnect();
});

async function stateOf(partnerId: number) {
  const [row, audits] = await Promise.all([
    db.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { version: true, verifiedAt: true, editedFields: true } }),
    db.auditEntry.findMany({ where: { entityType: PARTNER_ENTITY, entityId: partnerId }, select: { action: true, version: true, reason: true, userId: true } }),
  ]);
  return { ...row, audits, snapshot: canonical(await loadSnapshot(db, partnerId)) };
}

describe("marking a fiche verified", () => {
  it("is refused to anonymous visitors, officers and analysts, directly or through the server action", async () => {
    const p = await createTestPartner();
    const before = await stateOf(p.id);
    for (const user of [null, users.officer, users.analyst]) {
      const result = await verifyAs(user, { id: p.id, version: p.version, note: "appel au point focal" });
      expect(result).toMatchObject({ ok: false, message: user ? "auth.errors.forbidden" : "auth.errors.signInRequired" });
    }
    expect(await stateOf(p.id)).toEqual(before);
  });

  it("needs a note saying how it was checked, and a real fiche", async () => {
    const p = await createTestPartner();
    const before = await stateOf(p.id);
    const blank = await verifyAs(users.admin, { id: p.id, version: p.version, note: "   " });
    expect(blank).toMatchObject({ ok: false, errors: { note: ["required"] } });
    const long = await verifyAs(users.admin, { id: p.id, version: p.version, note: "x".repeat(1001) });
    expect(long.errors?.note).toEqual(["tooLong"]);
    expect((await verifyAs(users.admin, { id: "abc", version: 1, note: "ok" })).errors?.id).toEqual(["invalid"]);
    expect(await stateOf(p.id)).toEqual(before);
    expect(await verifyAs(users.admin, { id: 2_000_000_000, version: 1, note: "appel" })).toMatchObject({ ok: false, message: "admin.errors.partnerMissing" });
  });

  it("records who verified it, when and how, without changing the fiche or its version; the fiche and the list show the date", async () => {
    const p = await createTestPartner();
    const before = await stateOf(p.id);
    const result = await verifyAs(users.admin, { id: p.id, version: p.version, note: "appel au point focal" });
    expect(result).toMatchObject({ ok: true, redirectTo: `/partners/${p.slug}` });

    const after = await stateOf(p.id);
    expect(after.version).toBe(before.version);
    expect(after.snapshot).toBe(before.snapshot);
    expect(after.editedFields).toEqual(before.editedFields);
    expect(after.verifiedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(after.audits).toEqual([{ action: "verify", version: p.version, reason: "appel au point focal", userId: users.admin.id }]);

    const fiche = (await getPartnerBySlug(p.slug, { userId: users.officer.id, email: users.officer.email, role: "officer" }))!;
    expect(fiche.verifiedAt).toBe(after.verifiedAt!.toISOString());
    expect(fiche.verification).toMatchObject({ note: "appel au point focal", at: after.verifiedAt!.toISOString() });
    // The note may name a person: anonymous readers get the date only.
    expect((await getPartnerBySlug(p.slug, null))!.verification).toMatchObject({ at: after.verifiedAt!.toISOString(), note: null });
    // Verifying changes no field: every typed field keeps its source.
    expect(Object.values(fiche.provenance).every((origin) => origin?.source === "edit" && origin.editedAt === null)).toBe(true);

    const filters = parsePartnerFilters(new URLSearchParams(`q=${encodeURIComponent(p.name)}`));
    if (!filters.success) throw new Error(filters.error.message);
    const row = (await listPartners(filters.data, null, db)).items.find((i) => i.slug === p.slug);
    expect(row?.verifiedAt).toEqual(after.verifiedAt);
  });

  it("refuses a form opened before someone edited the fiche, and writes nothing", async () => {
    const p = await createTestPartner({ costs: "Gratuit" });
    const stale = p.version;
    await db.partner.update({ where: { id: p.id }, data: { version: { increment: 1 } } });
    const before = await stateOf(p.id);
    const result = await verifyAs(users.admin, { id: p.id, version: stale, note: "appel au point focal" });
    expect(result).toMatchObject({ ok: false, message: "admin.errors.verifyConflict", conflict: { currentVersion: stale + 1 } });
    expect(await stateOf(p.id)).toEqual(before);
  });

  it("serialises two admins verifying at once: both recorded, the fiche unchanged", async () => {
    const p = await createTestPartner();
    const results = await Promise.all([
      verifyAs(users.admin, { id: p.id, version: p.version, note: "appel 1" }),
      verifyAs(users.admin, { id: p.id, version: p.version, note: "visite 2" }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const after = await stateOf(p.id);
    expect(after.version).toBe(p.version);
    expect(after.audits.map((a) => a.reason).sort()).toEqual(["appel 1", "visite 2"]);
  });

  it("stays out of the way of a later edit: the edit is versioned from the same version", async () => {
    const p = await createTestPartner();
    await verifyAs(users.admin, { id: p.id, version: p.version, note: "appel" });
    const snapshot = (await loadSnapshot(db, p.id))!;
    expect(snapshot.scalars.costs).toBeNull();
    const edit = await commitPartnerChange(db, {
      partnerId: p.id,
      expectedVersion: p.version,
      userId: users.admin.id,
      action: "edit",
      reason: "tarif confirmé",
      build: (s) => ({ ...s, scalars: { ...s.scalars, costs: "Gratuit" } }),
    });
    expect(edit).toMatchObject({ kind: "saved", version: p.version + 1 });
    const fiche = (await getPartnerBySlug(p.slug, null))!;
    // The verification still says when the fiche was last confirmed; the edit is the costs' source.
    expect(fiche.verifiedAt).not.toBeNull();
    expect(fiche.provenance.costs).toMatchObject({ source: "edit", version: p.version + 1 });
  });
});
