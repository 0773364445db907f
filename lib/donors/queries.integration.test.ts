import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTestData, createTestDonor, disconnectTestDb, getTestDb } from "../../tests/db-utils";
import type { Viewer } from "../auth/roles";
import { listFunders } from "../funders/queries";
import { getDonorBySlug, listDonors } from "./queries";

const officer: Viewer = { userId: 1, email: "officer@example.org", role: "officer" };
const db = getTestDb();

afterEach(cleanupTestData);
afterAll(disconnectTestDb);

async function worldBank() {
  // Actor fiche 1 of the report is the World Bank group.
  const { slug } = await db.donor.findUniqueOrThrow({ where: { number: 1 }, select: { slug: true } });
  return getDonorBySlug(slug, null);
}

describe("listDonors", () => {
  it("lists the 11 actor fiches in report order with their project and partner counts", async () => {
    const donors = await listDonors(null);
    const fromReport = donors.filter((d) => d.number != null);
    expect(fromReport.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const wb = fromReport[0];
    expect(wb.displayName).toMatch(/Banque mondiale/i);
    expect(wb.projectCount).toBe(await db.project.count({ where: { donor: { number: 1 } } }));
    expect(wb.fundedPartnerCount).toBeGreaterThan(0);
  });

  it("counts each donor's partners as the funders directory counts its funder's", async () => {
    const donors = await db.donor.findMany({ where: { status: "active" }, select: { slug: true, funder: { select: { slug: true } } } });
    const funders = new Map((await listFunders(null)).funders.map((f) => [f.slug, f.partnerCount]));
    const listed = new Map((await listDonors(null)).map((d) => [d.slug, d.fundedPartnerCount]));
    expect(donors.filter((d) => d.funder).length).toBeGreaterThan(0);
    for (const d of donors) expect(listed.get(d.slug), d.slug).toBe(d.funder ? funders.get(d.funder.slug) : 0);
  });

  it("leaves archived donors out for everyone but admins", async () => {
    const archived = await createTestDonor({ status: "archived" });
    expect((await listDonors(officer)).some((d) => d.slug === archived.slug)).toBe(false);
    expect((await listDonors({ userId: 1, email: "a@x.org", role: "admin" })).some((d) => d.slug === archived.slug)).toBe(true);
  });
});

describe("getDonorBySlug", () => {
  it("gives the World Bank's projects with budgets, years and zones", async () => {
    const wb = await worldBank();
    expect(wb!.projects.length).toBeGreaterThanOrEqual(3);
    const pafeem = wb!.projects.find((p) => p.name.includes("PAFEEM"));
    expect(pafeem).toMatchObject({ startYear: 2021, endYear: 2026, budget: { amount: 60_000_000, currency: "USD" } });
    expect(pafeem!.regions.map((r) => r.name)).toContain("Mopti");
    expect(wb!.projects.filter((p) => p.budget?.amount != null).length).toBeGreaterThanOrEqual(3);
    expect(wb!.sections.length).toBeGreaterThan(0);
  });

  it("lists the partners whose fundings name its funder, each once, with their regions", async () => {
    const wb = await worldBank();
    const fundings = await db.funding.findMany({
      where: { funder: { donor: { number: 1 } }, partner: { status: "active" } },
      select: { partner: { select: { slug: true } }, current: true },
    });
    const expected = [...new Set(fundings.map((f) => f.partner.slug))].sort();
    expect(wb!.fundedPartners.map((p) => p.slug).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    for (const p of wb!.fundedPartners) expect(p.national || p.regions.length > 0).toBe(true);
    const past = fundings.filter((f) => !f.current).map((f) => f.partner.slug);
    for (const slug of past) expect(wb!.fundedPartners.find((p) => p.slug === slug)?.past).toBe(true);
  });

  it("hides contact persons from anonymous visitors and shows them to signed-in users", async () => {
    const { slug } = await db.donor.findUniqueOrThrow({ where: { number: 1 }, select: { slug: true } });
    const emails = (await db.contact.findMany({ where: { donor: { slug } }, select: { emails: true } })).flatMap((c) => c.emails);
    expect(emails.length).toBeGreaterThan(0);
    const anonymous = JSON.stringify(await getDonorBySlug(slug, null));
    for (const e of emails) expect(anonymous).not.toContain(e);
    const signedIn = JSON.stringify(await getDonorBySlug(slug, officer));
    for (const e of emails) expect(signedIn).toContain(e);
  });

  it("answers null for unknown, malformed and archived slugs", async () => {
    const archived = await createTestDonor({ status: "archived" });
    expect(await getDonorBySlug(archived.slug, officer)).toBeNull();
    expect(await getDonorBySlug("nobody", null)).toBeNull();
    expect(await getDonorBySlug("../../etc/passwd", null)).toBeNull();
  });
});
