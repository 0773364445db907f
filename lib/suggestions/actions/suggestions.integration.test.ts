import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Only the Next.js request context is replaced: the database, the guards and
// next-auth's session decoding stay real.
const session = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ has: () => true, get: () => ({ value: "token" }), getAll: () => [], set: vi.fn(), delete: vi.fn() }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: async () => session.current }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<object>()),
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
}));

const { cleanupTestData, createTestPartner, disconnectTestDb, makeUsersByRole } = await import("../../../tests/db-utils");
const { getDb } = await import("../../db/client");
const { canonical, loadSnapshot } = await import("../../partners/history");
const { getPartnerBySlug } = await import("../../partners/detail-queries");
const { suggestCore, acceptSuggestionCore, rejectSuggestionCore } = await import("./suggestion-core");
const { suggestCorrection, acceptSuggestion, rejectSuggestion } = await import("./suggestions");
const { suggestionsBy, pendingSuggestions } = await import("../queries");

const db = getDb();
let users: Awaited<ReturnType<typeof makeUsersByRole>>;

beforeAll(async () => {
  users = await makeUsersByRole(db);
  await db.user.update({ where: { id: users.officer.id }, data: { name: "Oumou Officer" } });
});
beforeEach(() => {
  session.current = null;
});
afterEach(cleanupTestData);
afterAll(async () => {
  await disconnectTestDb();
  await db.$disconnect();
});

const capacityPartner = () =>
  createTestPartner({ capacities: { create: [{ kind: "absorption", text: "Jusqu’à 800 apprenants par an.", max: 800, unit: "apprenants", period: "year" }] } });

const fiche = async (partnerId: number) => canonical(await loadSnapshot(db, partnerId));
const form = (entries: Record<string, string | number>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.append(k, String(v));
  return fd;
};
const suggestion = (partnerId: number, overrides: Record<string, unknown> = {}) => ({
  partnerId,
  field: "capacities.absorption",
  proposedValue: "Jusqu’à 900 apprenants par an.",
  comment: "appel au point focal",
  ...overrides,
});

describe("suggesting a correction", () => {
  it("needs a signed-in user; officers and analysts may, and nothing else changes", async () => {
    const p = await capacityPartner();
    const before = await fiche(p.id);
    expect(await suggestCore(null, suggestion(p.id))).toMatchObject({ ok: false, message: "auth.errors.signInRequired" });
    expect((await suggestCorrection({}, form(suggestion(p.id) as unknown as Record<string, string>))).ok).toBe(false);
    for (const user of [users.officer, users.analyst]) expect((await suggestCore(user, suggestion(p.id))).ok).toBe(true);
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
      const result = await suggestCore(users.officer, suggestion(p.id, overrides));
      expect(result.ok, JSON.stringify(overrides).slice(0, 60)).toBe(false);
      expect(result.errors?.[path]).toContain(message);
    }
    expect(await db.suggestion.count({ where: { partnerId: p.id } })).toBe(0);
    expect(await suggestCore(users.officer, suggestion(2_000_000_000))).toMatchObject({ ok: false, message: "admin.errors.partnerMissing" });
  });
});

describe("reviewing a suggestion", () => {
  it("only admins accept or reject, directly or through the server actions", async () => {
    const p = await capacityPartner();
    await suggestCore(users.officer, suggestion(p.id));
    const s = await db.suggestion.findFirstOrThrow({ where: { partnerId: p.id } });
    for (const user of [null, users.officer, users.analyst]) {
      expect((await acceptSuggestionCore(user, { id: s.id, version: p.version, value: s.proposedValue })).ok).toBe(false);
      expect((await rejectSuggestionCore(user, { id: s.id, reason: "non" })).ok).toBe(false);
      session.current = user ? { user: { id: String(user.id), email: user.email, role: user.role, sv: 0 } } : null;
      expect((await acceptSuggestion({}, form({ id: s.id, version: p.version, value: s.proposedValue }))).ok).toBe(false);
      expect((await rejectSuggestion({}, form({ id: s.id, reason: "non" }))).ok).toBe(false);
    }
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("pending");
  });

  it("accepting applies it as an admin edit with history, crediting the suggester; the fiche shows it as edited", async () => {
    const p = await capacityPartner();
    await suggestCore(users.officer, suggestion(p.id));
    const s = (await pendingSuggestions()).find((q) => q.partner.slug === p.slug)!;
    expect(s).toMatchObject({ currentValue: "Jusqu’à 800 apprenants par an.", proposedValue: "Jusqu’à 900 apprenants par an.", by: expect.stringContaining("Oumou Officer") });

    const result = await acceptSuggestionCore(users.admin, { id: s.id, version: s.partner.version, value: s.proposedValue });
    expect(result).toMatchObject({ ok: true, message: "admin.suggestions.accepted", values: { version: p.version + 1 } });

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
    await suggestCore(users.officer, suggestion(p.id));
    const s = await db.suggestion.findFirstOrThrow({ where: { partnerId: p.id } });
    await db.partner.update({ where: { id: p.id }, data: { version: { increment: 1 } } });
    const before = await fiche(p.id);
    const result = await acceptSuggestionCore(users.admin, { id: s.id, version: p.version, value: s.proposedValue });
    expect(result).toMatchObject({ ok: false, message: "admin.errors.conflict" });
    expect(await fiche(p.id)).toBe(before);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("pending");
  });

  it("decides a suggestion once: of two admins at once, one applies it, the other is told", async () => {
    const p = await capacityPartner();
    await suggestCore(users.officer, suggestion(p.id));
    const s = await db.suggestion.findFirstOrThrow({ where: { partnerId: p.id } });
    const results = await Promise.all([
      acceptSuggestionCore(users.admin, { id: s.id, version: p.version, value: s.proposedValue }),
      rejectSuggestionCore(users.admin, { id: s.id, reason: "doublon" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const final = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    const version = (await db.partner.findUniqueOrThrow({ where: { id: p.id } })).version;
    // Either it was applied (one new version) or rejected (no change): never both.
    expect(final.status === "accepted" ? version === p.version + 1 : version === p.version).toBe(true);
    expect(await acceptSuggestionCore(users.admin, { id: s.id, version, value: s.proposedValue })).toMatchObject({ ok: false, message: "admin.errors.suggestionDecided" });
  });

  it("rejecting needs a reason, changes nothing in the fiche, and the suggester sees why", async () => {
    const p = await capacityPartner();
    await suggestCore(users.officer, suggestion(p.id, { field: "founded", proposedValue: "1990" }));
    const s = await db.suggestion.findFirstOrThrow({ where: { partnerId: p.id } });
    const before = await fiche(p.id);
    expect((await rejectSuggestionCore(users.admin, { id: s.id, reason: "" })).errors?.reason).toEqual(["required"]);
    expect(await rejectSuggestionCore(users.admin, { id: s.id, reason: "Le rapport annuel dit 1998." })).toMatchObject({ ok: true });
    expect(await fiche(p.id)).toBe(before);
    expect((await suggestionsBy(users.officer.id)).find((m) => m.id === s.id)).toMatchObject({ status: "rejected", decisionReason: "Le rapport annuel dit 1998." });
    expect(await db.auditEntry.count({ where: { entityType: "suggestion", entityId: s.id } })).toBe(2);
  });
});
