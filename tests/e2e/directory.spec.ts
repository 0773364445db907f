import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

/** Issue 3: the partner list (/partners), its filters, exports and shareable views. */

const filtersOf = (page: Page) => page.getByRole("search", { name: "Filtres" });
const resultRows = (page: Page) => page.getByRole("table", { name: "Partenaires correspondant aux filtres" }).locator("tbody tr");
const rowNames = (page: Page) => resultRows(page).locator('td a[href^="/partners/"]').allInnerTexts();

test("an analyst finds partners in Kayes working with returnees, capacity >= 100, exports, shares and opens one", async ({ page, context }) => {
  await page.goto("/partners");
  await expect(page.getByRole("heading", { level: 1, name: "Partenaires" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await filtersOf(page).getByRole("checkbox", { name: /^Kayes/ }).check();
  await expect(page).toHaveURL(/region=kayes/);
  await filtersOf(page).getByRole("checkbox", { name: /^Oui, actuellement/ }).check();
  await expect(page).toHaveURL(/returnees=yes/);
  await filtersOf(page).getByLabel("Capacité d’absorption minimale").fill("100");
  await filtersOf(page).getByLabel("Capacité d’absorption minimale").press("Enter");
  await expect(page).toHaveURL(/minCapacity=100/);

  const rows = resultRows(page);
  await expect(rows.first()).toBeVisible();
  const names = await rowNames(page);
  expect(names.length).toBeGreaterThan(0);
  // Every row answers the question: returnees now, and in Kayes (or national).
  for (const row of await rows.all()) {
    await expect(row.getByText("Oui, actuellement")).toBeVisible();
    await expect(row.getByText(/Kayes|National/).first()).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${names.length} partenaires?`) })).toBeVisible();

  // Export: the same view, as CSV with a BOM, one line per partner shown.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /en CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^partenaires-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("Nom (name)");
  for (const name of names) expect(csv).toContain(name.replace(/"/g, '""'));
  expect(csv).not.toContain("contact.email");

  // A shared link reproduces the view in a fresh tab.
  const shared = page.url();
  const other = await context.newPage();
  await other.goto(shared);
  await expect(resultRows(other).first()).toBeVisible();
  expect(await rowNames(other)).toEqual(names);
  await expect(filtersOf(other).getByRole("checkbox", { name: /^Kayes/ })).toBeChecked();
  await expect(filtersOf(other).getByLabel("Capacité d’absorption minimale")).toHaveValue("100");
  await other.close();

  // Back steps through the views.
  await page.goBack();
  await expect(page).not.toHaveURL(/minCapacity/);
  await expect(page).toHaveURL(/returnees=yes/);
  await page.goForward();
  await expect(page).toHaveURL(/minCapacity=100/);

  // Open one.
  await resultRows(page).first().locator('a[href^="/partners/"]').click();
  await expect(page).toHaveURL(/\/partners\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(names[0].split(" (")[0]);
});

test("selecting two rows offers to compare them", async ({ page }) => {
  await page.goto("/partners");
  const rows = resultRows(page);
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  const compare = page.getByRole("link", { name: "Comparer (2)" });
  await expect(compare).toHaveAttribute("href", /^\/compare\?partners=[a-z0-9-]+,[a-z0-9-]+$/);
});

test("search is accent-blind, shows the matching passage, and sorts through header links", async ({ page }) => {
  await page.goto("/partners?q=cooperative");
  await expect(resultRows(page).first()).toBeVisible();
  await expect(page.locator("tbody mark").first()).toBeVisible();
  expect((await page.locator("tbody mark").allInnerTexts()).some((w) => /coopé/i.test(w))).toBe(true);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: /Trier par Capacité d’absorption/ }).click();
  await expect(page).toHaveURL(/sort=-capacity/);
  await expect(page).toHaveURL(/q=cooperative/);
});

test("the filters work with the keyboard alone", async ({ page }) => {
  await page.goto("/partners");
  await page.getByLabel("Rechercher dans les fiches").focus();
  await page.keyboard.type("menuiserie");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=menuiserie/);
  await expect(resultRows(page).first()).toBeVisible();

  // Tab from the search box to the Bamako checkbox, tick it with Space.
  await page.getByLabel("Rechercher dans les fiches").focus();
  const bamako = filtersOf(page).getByRole("checkbox", { name: /^Bamako/ });
  for (let i = 0; i < 40 && !(await bamako.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(bamako).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/region=bamako/);
  await expect(page).toHaveURL(/q=menuiserie/);
});

test("a bad link shows the default view with a clear message, never an error page", async ({ page }) => {
  const response = await page.goto("/partners?page=-1&pageSize=1000");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("page");
  await expect(resultRows(page).first()).toBeVisible();
});

test("an empty result says what to change and offers to clear the filters", async ({ page }) => {
  await page.goto("/partners?q=zzzzzzzzzz");
  await expect(page.getByRole("heading", { name: "Aucun partenaire ne correspond" })).toBeVisible();
  await page.getByRole("link", { name: "Effacer tous les filtres" }).click();
  await expect(page).toHaveURL(/\/partners$/);
  await expect(resultRows(page).first()).toBeVisible();
});

test("a mistyped trade is offered as the fiches spell it, in the same view", async ({ page }) => {
  await page.goto("/partners?q=formaiton&region=kayes");
  await expect(page.getByRole("heading", { name: "Aucun partenaire ne correspond" })).toBeVisible();
  const suggestion = page.getByRole("link", { name: "formation", exact: true });
  await expect(page.getByText(/Vouliez-vous dire formation \(\d+ partenaires?\) \?/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await suggestion.click();
  await expect(page).toHaveURL(/\/partners\?q=formation&region=kayes$/);
  await expect(resultRows(page).first()).toBeVisible();
  // Nothing to mend: no suggestion.
  await page.goto("/partners?q=zzzzzzzzzz");
  await expect(page.getByText(/Vouliez-vous dire/)).toHaveCount(0);
});
