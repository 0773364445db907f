import { expect, test, type Page } from "@playwright/test";
import { VIEWPORTS, expectNoSeriousAxeViolations } from "./axe";

/** Issue 12 "Who funds what where": every funder, its partners by region and category, its share. */

const partnersHeading = (page: Page, count: number) => page.getByRole("heading", { level: 2, name: new RegExp(`^${count} partenaires?`) });

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    // Axe over a long table takes a while on a busy two-core machine.
    test.slow();

    test("every funder is listed with its share; the most-named one leads to its partners by region", async ({ page }) => {
      await page.goto("/donors");
      await page.getByRole("link", { name: /Tous les financeurs cités/ }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Qui finance quoi, où" })).toBeVisible();
      const table = page.getByRole("table", { name: /Financeurs cités par les partenaires/ });
      const rows = table.locator("tbody tr");
      // More funders than donor fiches: the partners name funders the report has no fiche for.
      const donorFiches = await table.getByRole("link", { name: /^Fiche acteur/ }).count();
      expect(donorFiches).toBeGreaterThan(0);
      expect(await rows.count()).toBeGreaterThan(donorFiches);
      await expectNoSeriousAxeViolations(page);

      const first = rows.first();
      const count = Number((await first.getByRole("link", { name: /partenaires? financés? par/ }).innerText()).match(/\d+/)![0]);
      await first.getByRole("link").first().click();
      await expect(page).toHaveURL(/\/funders\/[a-z0-9-]+$/);
      await expect(page.getByText(new RegExp(`Financeur de ${count} partenaires actifs sur \\d+, soit`))).toBeVisible();
      await expect(page.getByRole("table", { name: /Partenaires financés par/ }).locator("tbody tr")).toHaveCount(count);
      await expectNoSeriousAxeViolations(page);

      const region = page.getByRole("region", { name: "Par région" }).getByRole("link").first();
      const inRegion = Number((await region.innerText()).match(/\d+/)![0]);
      await region.click();
      await expect(page).toHaveURL(/\/partners\?funder=[a-z0-9-]+&region=[a-z-]+$/);
      await expect(partnersHeading(page, inRegion)).toBeVisible();
    });
  });
}

test("a funder × region count on /regions leads to the list with that many partners", async ({ page }) => {
  await page.goto("/regions");
  const matrix = page.getByRole("table", { name: /Partenaires financés, par financeur/ });
  await expect(matrix).toBeVisible();
  const cell = matrix.locator('a[href*="funder="][href*="&region="]').first();
  const count = Number((await cell.innerText()).match(/\d+/)![0]);
  await cell.click();
  await expect(partnersHeading(page, count)).toBeVisible();
});

test("the funders pages speak English", async ({ page }) => {
  test.slow(); // axe over the 77-row table
  await page.goto("/funders");
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Who funds what, where" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Share of the directory" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Français", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Qui finance quoi, où" })).toBeVisible();
});
