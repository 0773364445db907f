import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";

// Only the Next.js request is stood in for (a real session cookie per call): the
// database, the guards and next-auth's session decoding stay real, and the
// tests post to the very "use server" exports the forms post to (issue 11).
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/headers", () => import("../../../tests/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ ...cache, unstable_cache: (fn: unknown) => fn }));
// The work a write leaves for after the answer (next/server `after`): counted, not run.
const followUps = vi.hoisted(() => [] as Array<() => Promise<void>>);
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: (task: () => Promise<void>) => void followUps.push(task) }));

process.env.DATABASE_URL ??= inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { post } = await import("../../../tests/request-context");
const { cleanupTestData, createTestPartner, disconnectTestDb, makeUsersByRole } = await import("../../../tests/db-utils");
const { getDb } = await import("../../db/client");
const { canonical, loadSnapshot } = await import("../../partners/history");
const { getPartnerBySlug } = await import("../../partners/detail-queries");
const { PARTNERS_TAG } = await import("../../partners/cached");
const { suggestCorrection, acceptSuggestion, rejectSuggestion } = await import("./suggestions");
const { suggestionsBy, pendingSuggestions } = await import("../queries");

const db = getDb();
let users: Awaited<ReturnType<typeof makeUsersByRole>>;

beforeAll(async () => {
  users = await makeUsersByRole(db);
  await db.user.update({ where: { id: users.officer.id }, data: { name: "Oumou Officer" } });
});
beforeEach(() => {
  cache.revalidatePath.mockClear();
  cache.updateTag.mockClear();
});
afterEach(cleanupTestData);
afterAll(async () => {
  await disconnectTestDb();
  await db.$disconnect();
});

const capacityPartner = () =>
  createTestPartner({ capacities: { create: [{ kind: "absorption", text: "Jusqu’à 800 apprenants par an.", max: 800, unit: "apprenants", period: "year" }] } });

const fiche = async (partnerId: number) => canonical(await loadSnapshot(db, partnerId));
const suggestion = (partnerId: number, overrides: Record<string, unknown> = {}) => ({
  partnerId,
  field: "capacities.absorption",
  proposedValue: "Jusqu’à 900 apprenants par an.",
  comment: "appel au point focal",
  ...overrides,
});

const accepting = (id: number, version: number, value: string) => ({ id, version, value });

describe("suggesting a correction", () => {
  it("needs a signed-in user; officers and analysts may, and nothing else changes", async () => {
    const p = await capacityPartner();
    const before = await fiche(p.id);
    expect(await post(null, suggestCorrection, suggestion(p.id))).toMatchObject({ ok: false, message: "auth.errors.signInRequired" });
    // The real export sends the suggester to their account page, with the lists that show suggestions refreshed.
    for (const user of [users.officer, users.analyst]) expect(await post(user, suggestCorrection, suggestion(p.id))).toEqual({ ok: true, redirectTo: "/account?suggested=1#suggestions" });
    expect(cache.revalidatePath.mock.calls.map(([path]) => path).sort()).toEqual(["/account", "/account", "/admin/suggestions", "/admin/suggestions"]);
    // A suggestion changes no fiche: the cached public reads stay as they are.
    expect(cache.updateTag).not.toHaveBeenCalled();
    expect(await db.suggestion.count({ where: { partnerId: p.id, status: "pending" } })).toBe(2);
    expect(await fiche(p.id)).toBe(before);
  });

  it("validates the field, the value as the edit form would, and the source", async () => {
    const p = await capacityPartner();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ field: "password" }, "field", "invalid"],
      [{ comment: "  " }, "comment", "required"],
      [{ proposedValue: "Jusqu’à 800 apprenants par an." }, "proposedValue", "sameAsCurrent"],
      [{ field: "founded", proposedValue: "vers 1990" }, "proposedValue", "notANumber"],
      [{ field: "regions", proposedValue: "Paris" }, "proposedValue", "unknownRegion"],
      [{ field: "contacts", proposedValue: "Awa\nawa@invalide" }, "proposedValue", "invalidEmail"],
      [{ proposedValue: "x".repeat(5001) }, "proposedValue", "tooLong"],
    ];
    for (const [overrides, path, message] of cases) {
      const result = await post(users.officer, suggestCorrection, suggestion(p.id, overrides));
      expect(result.ok, JSON.stringify(overrides).slice(0, 60)).toBe(false);
      expect(result.errors?.[path]).toContain(message);
    }
    expect(await db.suggestion.count({ where: { partnerId: p.id } })).toBe(0);
    expect(await post(users.officer, suggestCorrection, suggestion(2_000_000_000))).toMatchObject({ ok: false, message: "admin.errors.partnerMissing" });
    expect(cache.revalidatePath).not.toHaveBeenCalled();
  });
});

describe("reviewing a suggestion", () => {
  it("only admins accept or reject, whatever the session claims", async () => {
    const p = await capacityPartner();
    await post(users.officer, suggestCorrection, suggestion(p.id));
    const s = await db.suggestion.findFirstOrThrow({ where: { partnerId: p.id } });
    cache.revalidatePath.mockClear();
    for (const user of [null, users.officer, users.analyst]) {
      const refused = { ok: false, message: user ? "auth.errors.forbidden" : "auth.errors.signInRequired" };
      expect(await post(user, acceptSuggestion, accepting(s.id, p.version, s.proposedValue))).toMatchObject(refused);
      expect(await post(user, rejectSuggestion, { id: s.id, reason: "non" })).toMatchObject(refused);
    }
    // A token claiming "admin" for an officer: the role is read from the database.
    const forged = await post(users.officer, acceptSuggestion, accepting(s.id, p.version, s.proposedValue), { role: "admin" });
    expect(forged).toMatchObject({ ok: false, message: "auth.errors.forbidden" });
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("pending");
    expect(cache.revalidatePath).not.toHaveBeenCalled();
    expect(cache.updateTag).not.toHaveBeenCalled();
  });

  it("accepting applies it as an admin edit with history, crediting the suggester; the fiche shows it as edited", async () => {
    const p = await capacityPartner();
    await post(users.officer, suggestCorrection, suggestion(p.id));
    const s = (await pendingSuggestions()).find((q) => q.partner.slug === p.slug)!;
    expect(s).toMatchObject({ currentValue: "Jusqu’à 800 apprenants par an.", proposedValue: "Jusqu’à 900 apprenants par an.", by: expect.stringContaining("Oumou Officer") });

    followUps.length = 0;
    const result = await post(users.admin, acceptSuggestion, accepting(s.id, s.partner.version, s.proposedValue));
    expect(result).toMatchObject({ ok: true, message: "admin.suggestions.accepted", values: { version: p.version + 1 } });
    // The fiche's new words join "did you mean" once the answer has gone (lib/partners/search-words.ts).
    expect(followUps).toHaveLength(1);
    // The export's own success path: the cached anonymous pages, the fiche and the review lists are refreshed.
    expect(cache.updateTag).toHaveBeenCalledWith(PARTNERS_TAG);
    for (const path of [`/partners/${p.slug}`, "/admin/suggestions", "/account"]) expect(cache.revalidatePath).toHaveBeenCalledWith(path);

    const row = await db.partner.findUniqueOrThrow({ where: { id: p.id }, select: { version: true, editedFields: true } });
    expect(row).toMatchObject({ version: p.version + 1, editedFields: ["capacities"] });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityType: "partner", entityId: p.id, action: "edit" } });
    expect(entry).toMatchObject({ userId: users.admin.id, version: p.version + 1, reason: `Suggestion n° ${s.id} (Oumou Officer) : appel au point focal` });
    expect(Object.keys(entry.changes as object)).toEqual(["capacities"]);

    const detail = (await getPartnerBySlug(p.slug, null))!;
    expect(detail.capacities.absorption).toMatchObject({ text: "Jusqu’à 900 apprenants par an.", max: 900 });
    // The public sees that it was edited; who suggested it only signed-in viewers do (a person's name is personal data).
    expect(detail.provenance["capacities.absorption"]).toMatchObject({ source: "edit", version: p.version + 1 });
    expect(detail.provenance["capacities.absorption"]).not.toHaveProperty("suggestedBy");
    const signedIn = (await getPartnerBySlug(p.slug, { userId: users.analyst.id, email: users.analyst.email, role: "analyst" }))!;
    expect(signedIn.provenance["capacities.absorption"]).toMatchObject({ source: "edit", version: p.version + 1, suggestedBy: "Oumou Officer" });

    const mine = await suggestionsBy(users.officer.id);
    expect(mine.find((m) => m.id === s.id)).toMatchObject({ status: "accepted", appliedVersion: p.version + 1, decidedBy: null });
  });

  it("refuses to apply onto a fiche changed since the review, and leaves the suggestion pending", async () => {
    const p = await capacityPartner();
    await post(users.officer, suggestCorrection, suggestion(p.id));
    const s = await db.suggestion.findFirstOrThrow({ where: { partnerId: p.id } });
    await db.partner.update({ where: { id: p.id }, data: { version: { increment: 1 } } });
    const before = await fiche(p.id);
    const result = await post(users.admin, acceptSuggestion, accepting(s.id, p.version, s.proposedValue));
    expect(result).toMatchObject({ ok: false, message: "admin.errors.conflict" });
    expect(await fiche(p.id)).toBe(before);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("pending");
    expect(cache.updateTag).not.toHaveBeenCalled();
  });

  it("decides a suggestion once: of two admins at once, one applies it, the other is told", async () => {
    const p = await capacityPartner();
    await post(users.officer, suggestCorrection, suggestion(p.id));
    const s = await db.suggestion.findFirstOrThrow({ where: { partnerId: p.id } });
    const results = await Promise.all([
      post(users.admin, acceptSuggestion, accepting(s.id, p.version, s.proposedValue)),
      post(users.admin, rejectSuggestion, { id: s.id, reason: "doublon" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const final = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    const version = (await db.partner.findUniqueOrThrow({ where: { id: p.id } })).version;
    // Either it was applied (one new version) or rejected (no change): never both.
    expect(final.status === "accepted" ? version === p.version + 1 : version === p.version).toBe(true);
    expect(await post(users.admin, acceptSuggestion, accepting(s.id, version, s.proposedValue))).toMatchObject({ ok: false, message: "admin.errors.suggestionDecided" });
  });

  it("rejecting needs a reason, changes nothing in the fiche, and the suggester sees why", async () => {
    const p = await capacityPartner();
    await post(users.officer, suggestCorrection, suggestion(p.id, { field: "founded", proposedValue: "1990" }));
    const s = await db.suggestion.findFirstOrThrow({ where: { partnerId: p.id } });
    const before = await fiche(p.id);
    expect((await post(users.admin, rejectSuggestion, { id: s.id, reason: "" })).errors?.reason).toEqual(["required"]);
    cache.revalidatePath.mockClear();
    expect(await post(users.admin, rejectSuggestion, { id: s.id, reason: "Le rapport annuel dit 1998." })).toMatchObject({ ok: true, message: "admin.suggestions.rejected" });
    // The review lists and the suggester's page are refreshed; the fiche did not change, nor do its cached reads.
    expect(cache.revalidatePath.mock.calls.map(([path]) => path).sort()).toEqual(["/account", "/admin/suggestions"]);
    expect(cache.updateTag).not.toHaveBeenCalled();
    expect(await fiche(p.id)).toBe(before);
    expect((await suggestionsBy(users.officer.id)).find((m) => m.id === s.id)).toMatchObject({ status: "rejected", decisionReason: "Le rapport annuel dit 1998." });
    expect(await db.auditEntry.count({ where: { entityType: "suggestion", entityId: s.id } })).toBe(2);
  });
});
