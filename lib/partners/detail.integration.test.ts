import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTestData, createTestPartner, disconnectTestDb, getTestDb } from "../../tests/db-utils";
import type { Viewer } from "../auth/roles";
import { getPartnerBySlug } from "./detail-queries";

const officer: Viewer = { userId: 1, email: "officer@example.org", role: "officer" };
const admin: Viewer = { userId: 2, email: "admin@example.org", role: "admin" };
const db = getTestDb();

afterEach(cleanupTestData);
afterAll(disconnectTestDb);

/** FP1 found by its number, not its slug: the test must not depend on how slugs are made. */
async function slugOfFiche(number: number): Promise<string> {
  const row = await db.partner.findUniqueOrThrow({ where: { number }, select: { slug: true } });
  return row.slug;
}

describe("getPartnerBySlug", () => {
  it("gives FP1 (CFP Missabougou) with its sections in report order and its trainings", async () => {
    const fiche = await getPartnerBySlug(await slugOfFiche(1), officer);
    expect(fiche?.displayName).toMatch(/Missabougou/i);
    const keys = fiche!.sections.map((s) => s.key);
    expect(keys.slice(0, 3)).toEqual(["identity", "structure", "details"]);
    expect(keys).toContain("contacts");
    // Sections and their fields follow the report: line numbers only go up.
    const starts = fiche!.sections.flatMap((s) => s.fields.map((f) => f.lines![0]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(fiche!.sections[0].lines![0]).toBeGreaterThanOrEqual(fiche!.lines![0]);
    expect(fiche!.trainings.length).toBeGreaterThan(10);
    expect(fiche!.trainings[0]).toEqual({ name: "Mécanique auto", durationMonths: 13 });
    expect(fiche!.capacities.absorption?.max).toBe(800);
    expect(fiche!.insertion).toMatchObject({ rate: 68.67, year: 2021 });
  });

  it("links a funder to its donor fiche when the report has one, else gives none", async () => {
    const fiche = await getPartnerBySlug(await slugOfFiche(1), null);
    const afd = fiche!.funders.find((f) => f.name === "AFD");
    expect(afd?.donor?.slug).toBeTruthy();
    expect(afd?.programme).toBe("ACEFOR");
    const oim = fiche!.funders.find((f) => f.name === "OIM");
    expect(oim).toBeDefined();
    expect(oim!.donor).toBeNull();
    expect(fiche!.funders.some((f) => !f.current)).toBe(true);
  });

  it("leaves every contact name, phone and e-mail out for anonymous visitors, and gives them to a signed-in viewer", async () => {
    const slug = await slugOfFiche(1);
    const contacts = await db.contact.findMany({ where: { partner: { slug } }, include: { phones: true } });
    const secrets = contacts.flatMap((c) => [c.name, ...c.emails, ...c.phones.map((p) => p.text)]).filter((s): s is string => !!s);
    expect(secrets.length).toBeGreaterThan(0);

    const anonymous = JSON.stringify(await getPartnerBySlug(slug, null));
    for (const secret of secrets) expect(anonymous).not.toContain(secret);
    expect(JSON.parse(anonymous).contacts).toEqual({ hidden: true, count: contacts.length, items: [] });

    const signedIn = JSON.stringify(await getPartnerBySlug(slug, officer));
    for (const secret of secrets) expect(signedIn).toContain(secret);
  });

  it("hides the personal data of every fiche from anonymous visitors, whatever section holds it", async () => {
    const contacts = await db.contact.findMany({ where: { partnerId: { not: null } }, include: { phones: true, partner: { select: { slug: true } } } });
    const bySlug = new Map<string, string[]>();
    for (const c of contacts) {
      const list = bySlug.get(c.partner!.slug) ?? [];
      list.push(...c.emails, ...c.phones.map((p) => p.text));
      bySlug.set(c.partner!.slug, list);
    }
    for (const [slug, secrets] of bySlug) {
      const out = JSON.stringify(await getPartnerBySlug(slug, null));
      for (const secret of secrets) expect(out, `${slug}: ${secret}`).not.toContain(secret);
    }
  });

  it("shows an archived fiche to admins only", async () => {
    const archived = await createTestPartner({ status: "archived" });
    expect(await getPartnerBySlug(archived.slug, null)).toBeNull();
    expect(await getPartnerBySlug(archived.slug, officer)).toBeNull();
    expect((await getPartnerBySlug(archived.slug, admin))?.status).toBe("archived");
  });

  it("answers null, not an error, for unknown or malformed slugs", async () => {
    expect(await getPartnerBySlug("no-such-partner", null)).toBeNull();
    expect(await getPartnerBySlug("<script>alert(1)</script>", null)).toBeNull();
    expect(await getPartnerBySlug("é%00'; drop table organization;--", null)).toBeNull();
    expect(await getPartnerBySlug("x".repeat(5000), null)).toBeNull();
  });
});
