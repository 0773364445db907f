import { expect, test } from "@playwright/test";
import { VIEWPORTS, expectNoSeriousAxeViolations } from "./axe";

/** Issue 12 "A map": the choropleth filters the list by a click; each fiche has a locator map. */

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    // Axe over a long table takes a while on a busy two-core machine.
    test.slow();

    test("clicking a region on the map opens the list filtered on it, with as many partners as the map says", async ({ page }) => {
      await page.goto("/regions");
      const map = page.getByRole("group", { name: /Carte des régions du Mali/ });
      await expect(map).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      // No map library: the page ships no script for it, the map is plain SVG links.
      await expect(map.locator("a")).toHaveCount(10);

      const kayes = map.getByRole("link", { name: /^Kayes :/ });
      const label = (await kayes.getAttribute("aria-label"))!;
      const [regional, national] = [...label.matchAll(/(\d+) partenaires?/g)].map((m) => Number(m[1]));
      await kayes.click();
      await expect(page).toHaveURL(/\/partners\?region=kayes$/);
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${regional + national} partenaires?`) })).toBeVisible();
    });

    test("a fiche shows where the partner works on a small map", async ({ page }) => {
      await page.goto("/partners/cfp-missabougou");
      const chips = await page.locator("main header a[href^='/partners?region=']").allInnerTexts();
      expect(chips.length).toBeGreaterThan(0);
      const locator = page.getByRole("img", { name: /Carte du Mali/ });
      await expect(locator).toBeVisible();
      for (const region of chips) await expect(locator).toHaveAccessibleName(new RegExp(region));
      // The picture is an image of its own (lib/geo/locator.ts): it must load, and be an SVG of Mali's outlines.
      await expect.poll(() => locator.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      const picture = await page.request.get((await locator.getAttribute("src"))!);
      expect(picture.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
      expect((await picture.text()).match(/<path /g)!.length).toBeGreaterThan(10);
      await expect(page.getByRole("link", { name: "amCharts" })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      // Readable on a phone: nothing wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test("the map speaks English too, and names the region it cannot draw", async ({ page }) => {
  await page.goto("/regions");
  await page.getByRole("link", { name: "English", exact: true }).click();
  const map = page.getByRole("group", { name: /Map of Mali's regions/ });
  await expect(map.getByRole("link", { name: /^Ségou:/ })).toBeVisible();
  await expect(page.getByText(/Taoudénit has no outline of its own/)).toBeVisible();
  await page.getByRole("link", { name: "Français", exact: true }).click();
  await expect(page.getByText(/Taoudénit n’a pas de contour propre/)).toBeVisible();
});

test("the locator picture refuses a query it cannot draw, saying why", async ({ request }) => {
  const response = await request.get("/maps/locator.svg?regions=ML-1,ML-99");
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", param: "regions", message: expect.stringContaining("ML-99") });
});
