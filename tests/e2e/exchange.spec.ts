import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { VIEWPORTS, expectNoSeriousAxeViolations } from "./axe";

/** Issue 12 "The sector's exchange formats": HXL, HSDS, OpenAPI and the page that shows them. */

test("the HXL who-does-what-where CSV parses, is tagged, and covers the filtered list", async ({ request }) => {
  const response = await request.get("/api/hxl/who-does-what-where?region=kayes");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const [headers, tags, ...rows] = parse(await response.text()) as string[][];
  expect(headers[0]).toBe("Organisation");
  for (const tag of ["#org+name", "#org+acronym", "#sector+name", "#adm1+name", "#adm1+code", "#capacity+num"]) expect(tags).toContain(tag);
  const col = (tag: string) => tags.indexOf(tag);
  // Every partner of the filtered list is there, each with a Kayes (ML-1) row or a national one.
  const byPartner = new Map<string, string[][]>();
  for (const r of rows) {
    const slug = r[col("#meta+url")].split("/partners/")[1];
    byPartner.set(slug, [...(byPartner.get(slug) ?? []), r]);
  }
  const list = await (await request.get("/api/v1/partners?region=kayes&pageSize=100")).json();
  expect([...byPartner.keys()].sort()).toEqual(list.items.map((p: { slug: string }) => p.slug).sort());
  for (const [slug, places] of byPartner) {
    expect(places.some((r) => r[col("#adm1+code")] === "ML-1" || r[col("#loc+coverage")] === "nationale"), slug).toBe(true);
  }

  const bad = await request.get("/api/hxl/who-does-what-where?region=atlantis");
  expect(bad.status()).toBe(400);
});

test("the HSDS list pages through the same partners as the directory", async ({ request }) => {
  const list = await (await request.get("/api/v1/partners?pageSize=1")).json();
  const hsds = await (await request.get("/api/hsds/organizations?per_page=10&page=2")).json();
  expect(hsds).toMatchObject({ total_items: list.total, page_number: 2, first_page: false, size: 10 });
  const org = await (await request.get(`/api/hsds/organizations/${hsds.contents[0].id}`)).json();
  expect(org.id).toBe(hsds.contents[0].id);
  expect(Array.isArray(org.services)).toBe(true);
  expect((await request.get("/api/hsds/organizations?per_page=500")).status()).toBe(400);
  expect((await request.get("/api/hsds/organizations/00000000-0000-0000-0000-000000000000")).status()).toBe(404);
});

test("the OpenAPI document describes the API it comes with", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  const pageSize = doc.paths["/api/v1/partners"].get.parameters.find((p: { name: string }) => p.name === "pageSize");
  const over = await request.get(`/api/v1/partners?pageSize=${pageSize.schema.maximum + 1}`);
  expect(over.status()).toBe(400);
  expect((await over.json()).error.param).toBe("pageSize");
});

for (const viewport of VIEWPORTS) {
  test(`the data and API page at ${viewport.width}×${viewport.height}: downloads and the reference, axe clean`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto("/partners");
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Données et API" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Données ouvertes et API" })).toBeVisible();
    await expect(page.getByRole("region", { name: "GET /api/hsds/organizations", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /Paquet de données HSDS/ })).toHaveAttribute("href", "/api/hsds/datapackage");
    await expectNoSeriousAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
