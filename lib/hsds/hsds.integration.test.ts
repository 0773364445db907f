import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "../../app/api/hsds/organizations/route";
import { cleanupTestData, createTestPartner, disconnectTestDb, getTestDb } from "../../tests/db-utils";
import { hsdsValidator } from "../../tests/hsds-schema";
import type { Viewer } from "../auth/roles";
import { hsdsId } from "./ids";
import { getHsdsOrganization, listHsdsOrganizations } from "./queries";

const db = getTestDb();
afterEach(cleanupTestData);
afterAll(disconnectTestDb);

const ORIGIN = "https://passerelle.test";
const officer: Viewer = { userId: 1, email: "officer@example.org", role: "officer" };
const PHONE = /(?:\+\s?223|00\s?223)\s*\d{2}|\b\d{2}([.\s])\d{2}\1\d{2}\1\d{2}\b/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

let activeIds: number[] = [];
beforeAll(async () => {
  activeIds = (await db.partner.findMany({ where: { status: "active" }, select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
}, 60_000);

function expectValid(name: "organization" | "organization_list", value: unknown, label: string) {
  const validate = hsdsValidator(name);
  const ok = validate(value);
  expect(ok ? [] : validate.errors!.slice(0, 5).map((e) => `${label} ${e.instancePath} ${e.message}`)).toEqual([]);
}

describe("HSDS organizations", () => {
  it("every active partner is a valid HSDS 3 organization, for anonymous and signed-in callers", async () => {
    expect(activeIds.length).toBeGreaterThan(0);
    // The validator does reject: no description, an id that is not a UUID, a null where a string goes.
    expect(hsdsValidator("organization")({ id: "12", name: "x" })).toBe(false);
    expect(hsdsValidator("organization")({ id: hsdsId("organization", 1), name: "x", description: "y", website: null })).toBe(false);
    for (const id of activeIds) {
      for (const viewer of [null, officer]) {
        const org = await getHsdsOrganization(hsdsId("organization", id), viewer, ORIGIN);
        expect(org, `partner ${id}`).not.toBeNull();
        expectValid("organization", org, `partner ${id}`);
      }
    }
  }, 120_000);

  it("gives contact persons only to signed-in callers", async () => {
    const withContacts = await db.partner.findFirstOrThrow({ where: { status: "active", contacts: { some: { phones: { some: {} } } } }, select: { id: true, slug: true } });
    const anonymous = (await getHsdsOrganization(hsdsId("organization", withContacts.id), null, ORIGIN))!;
    expect(anonymous.contacts).toEqual([]);
    const text = JSON.stringify(anonymous);
    expect(text.match(PHONE)?.[0] ?? null).toBeNull();
    expect(text.match(EMAIL)?.[0] ?? null).toBeNull();
    const signedIn = (await getHsdsOrganization(withContacts.slug, officer, ORIGIN))!;
    expect(signedIn.contacts.length).toBeGreaterThan(0);
    expect(signedIn.contacts.flatMap((c) => c.phones).length).toBeGreaterThan(0);
  });

  it("maps funding, trainings and support offers as services, and regions as service areas", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { slug: "kayes" } });
    const funder = await db.funder.findFirstOrThrow({ select: { id: true, name: true } });
    const p = await createTestPartner({
      national: true,
      supportTypes: ["Accompagnement", "Financement"],
      regions: { create: [{ regionId: region.id }] },
      trainings: { create: [{ position: 0, name: "Menuiserie", durationMonths: 6 }] },
      fundings: { create: [{ funderId: funder.id, position: 0, text: "financé par", current: false }] },
    });
    const org = (await getHsdsOrganization(hsdsId("organization", p.id), null, ORIGIN))!;
    expectValid("organization", org, "test partner");
    expect(org.uri).toBe(`${ORIGIN}/partners/${p.slug}`);
    expect(org.funding).toEqual([expect.objectContaining({ source: `${funder.name} (past funding): financé par` })]);
    expect(org.services.map((s) => s.name)).toEqual(["Menuiserie", "Accompagnement", "Financement"]);
    for (const s of org.services) {
      expect(s.service_areas.map((a) => a.name)).toEqual(["Mali", "Kayes"]);
      for (const a of s.service_areas) expect(a.service_id).toBe(s.id);
    }
    const ids = [org.id, ...org.services.flatMap((s) => [s.id, ...s.service_areas.map((a) => a.id)]), ...org.funding.map((f) => f.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds nothing for an unknown, archived, oversized or malformed id", async () => {
    const archived = await createTestPartner({ status: "archived" });
    for (const id of [hsdsId("organization", archived.id), hsdsId("organization", 2 ** 40), hsdsId("funding", activeIds[0]), "no-such-partner", "../x", "x".repeat(500)]) {
      expect(await getHsdsOrganization(id, officer, ORIGIN), id).toBeNull();
    }
  });
});

describe("HSDS paginated list", () => {
  it("pages through every active partner once, with consistent page fields and valid items", async () => {
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const list = await listHsdsOrganizations({ page, perPage: 10, full: false }, null, ORIGIN);
      expect(list).toMatchObject({ total_items: activeIds.length, total_pages: Math.ceil(activeIds.length / 10), page_number: page, size: list.contents.length });
      expect(list.first_page).toBe(page === 1);
      expect(list.empty).toBe(list.contents.length === 0);
      for (const item of list.contents) expectValid("organization_list", item, `page ${page}`);
      seen.push(...list.contents.map((o) => o.id));
      if (list.last_page) break;
    }
    expect(seen.sort()).toEqual(activeIds.map((id) => hsdsId("organization", id)).sort());
  });

  it("returns full organizations on request, and an empty last page beyond the end", async () => {
    const full = await listHsdsOrganizations({ page: 1, perPage: 3, full: true }, null, ORIGIN);
    for (const org of full.contents) expectValid("organization", org, "full item");
    expect(full.contents.every((o) => "services" in o && o.contacts.length === 0)).toBe(true);
    const beyond = await listHsdsOrganizations({ page: 1000, perPage: 100, full: false }, null, ORIGIN);
    expect(beyond).toMatchObject({ empty: true, size: 0, last_page: true, first_page: false });
  });

  it.each([["page=0", "page"], ["per_page=1000", "per_page"], ["per_page=abc", "per_page"], ["full=yes", "full"]])(
    "answers %s with a 400 naming %s",
    async (query, param) => {
      const response = await listRoute(new Request(`${ORIGIN}/api/hsds/organizations?${query}`));
      expect(response.status).toBe(400);
      expect((await response.json()).error.param).toBe(param);
    },
  );
});
