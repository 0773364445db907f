import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, VIEWPORTS } from "./axe";

/** Issue 12, "Mobile" and the list's small things: the directory on a 390 px phone and a 1366 px laptop. */

const PHONE = VIEWPORTS[0];
const LAPTOP = VIEWPORTS[1];

// One markup for every width (issue 8): on a phone the table's rows are drawn as cards.
const cards = (page: Page) => page.getByRole("table", { name: "Partenaires correspondant aux filtres" }).locator("tbody tr");
const cardLink = (card: Locator) => card.locator('a[href^="/partners/"]').first();
const drawerToggle = (page: Page) => page.locator("summary", { hasText: /^Filtres/ });
const filtersOf = (page: Page) => page.getByRole("search", { name: "Filtres" });
const chips = (page: Page) => page.getByRole("list", { name: "Filtres actifs" });

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(innerWidth);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: PHONE.width, height: PHONE.height }, hasTouch: true, isMobile: true });

  test("an analyst finds partners in Kayes: results first, filters in a drawer, chips, a card opens the fiche", async ({ page }) => {
    test.slow(); // axe twice on a busy machine
    await page.goto("/partners");
    // Results first: the first card is on the first screen, the filters are folded away.
    const first = cards(page).first();
    await expect(first).toBeVisible();
    expect((await first.boundingBox())!.y).toBeLessThan(PHONE.height);
    await expect(filtersOf(page).getByRole("checkbox", { name: /^Kayes/ })).toBeHidden();
    // Each card carries the key facts, each under its name; the wide table's header row is not drawn.
    for (const term of ["Catégorie", "Régions", "Capacité d’absorption", "Migrants de retour"]) {
      await expect(first.getByRole("cell", { name: new RegExp(`^${term}`) })).toBeVisible();
    }
    await expect(page.getByRole("columnheader", { name: "Bailleurs" })).toBeHidden();
    // The card is as wide as the screen, not a table squeezed into it.
    expect((await first.boundingBox())!.width).toBeGreaterThan(PHONE.width - 60);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    await drawerToggle(page).click();
    await expect(page.locator("summary", { hasText: "Fermer les filtres" })).toBeVisible();
    await filtersOf(page).getByRole("checkbox", { name: /^Kayes/ }).check();
    await expect(page).toHaveURL(/region=kayes/);
    await filtersOf(page).getByRole("checkbox", { name: /^Oui, actuellement/ }).check();
    await expect(page).toHaveURL(/returnees=yes/);
    await expectNoSeriousAxeViolations(page);
    await filtersOf(page).getByRole("button", { name: "Appliquer les filtres" }).click();

    // The drawer closes, focus lands on the results, the active filters are chips.
    await expect(filtersOf(page).getByRole("checkbox", { name: /^Kayes/ })).toBeHidden();
    await expect(page.getByRole("heading", { level: 2, name: /partenaires?/ })).toBeFocused();
    await expect(drawerToggle(page)).toContainText("2 actifs");
    await expect(chips(page).getByRole("link")).toHaveText([/^Kayes/, /^Migrants de retour : Oui, actuellement/]);
    for (const card of await cards(page).all()) {
      await expect(card.getByText("Oui, actuellement")).toBeVisible();
      await expect(card.getByText(/Kayes|National/).first()).toBeVisible();
    }
    const narrowed = await cards(page).count();

    // Removing a chip widens the view and keeps the other filter.
    await chips(page).getByRole("link", { name: "Retirer le filtre : Migrants de retour : Oui, actuellement" }).click();
    await expect(page).not.toHaveURL(/returnees/);
    await expect(page).toHaveURL(/region=kayes/);
    await expect(chips(page).getByRole("link")).toHaveText([/^Kayes/]);
    await expect.poll(() => cards(page).count()).toBeGreaterThanOrEqual(narrowed);

    // Open one card.
    const link = cardLink(cards(page).first());
    const name = (await link.innerText()).trim();
    await link.click();
    await expect(page).toHaveURL(/\/partners\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name.split(" (")[0]);
    await expectNoSidewaysScroll(page);
  });

  test("a fiche reads without sideways scrolling", async ({ page }) => {
    test.slow();
    await page.goto("/partners?sort=-capacity");
    const hrefs = await cards(page).locator('td a[href^="/partners/"]').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute("href")!));
    for (const href of [...hrefs, "/partners/cfp-missabougou"]) {
      await page.goto(href);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
    }
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe("on a laptop", () => {
  test.use({ viewport: { width: LAPTOP.width, height: LAPTOP.height } });

  test("the table fits, its scroll area is reachable by keyboard, and 'skip to results' saves the Tab presses", async ({ page }) => {
    await page.goto("/partners");
    const table = page.getByRole("table", { name: "Partenaires correspondant aux filtres" });
    await expect(table).toBeVisible();
    // Drawn as a table here (the phone draws the same rows as cards): its header row is shown.
    await expect(table.getByRole("columnheader", { name: "Catégorie" })).toBeVisible();
    const region = page.getByRole("region", { name: "Partenaires correspondant aux filtres" });
    await expect(region).toHaveAttribute("tabindex", "0");
    // Every column header is whole ("Bailleurs", not "Ba…"): the table is not wider than its box.
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expect(table.getByRole("columnheader", { name: "Bailleurs" })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // Skip link: a few Tab presses, not fifty.
    const skip = page.getByRole("link", { name: "Aller aux résultats" });
    let presses = 0;
    for (; presses < 20 && !(await skip.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press("Tab");
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: /partenaires/ })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toBeInViewport();

    // Applying a typed filter moves focus to the results.
    await filtersOf(page).getByLabel("Capacité d’absorption minimale").fill("100");
    await filtersOf(page).getByLabel("Capacité d’absorption minimale").press("Enter");
    await expect(page).toHaveURL(/minCapacity=100/);
    await expect(page.getByRole("heading", { level: 2, name: /partenaires?/ })).toBeFocused();
  });

  test("without JavaScript the list shows its results at once, and the filters apply with their button", async ({ browser }) => {
    // The list once streamed a skeleton first (loading.tsx) that only JavaScript replaced (issue 8).
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR", viewport: { width: LAPTOP.width, height: LAPTOP.height } });
    const page = await context.newPage();
    await page.goto("/partners?region=kayes");
    const rows = page.getByRole("table", { name: "Partenaires correspondant aux filtres" }).locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(page.getByText(/Chargement/)).toHaveCount(0);
    await filtersOf(page).getByRole("checkbox", { name: /^Oui, actuellement/ }).check();
    await filtersOf(page).getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(page).toHaveURL(/returnees=yes/);
    await expect(page).toHaveURL(/region=kayes/);
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row.getByText("Oui, actuellement")).toBeVisible();
    // The funders beyond the first few come on demand with JavaScript; without it, a link to every funder.
    await filtersOf(page).getByText(/autres bailleurs/).click();
    await expect(filtersOf(page).getByRole("link", { name: "Tous les financeurs" })).toHaveAttribute("href", "/funders");
    await context.close();
  });

  test("one bad parameter is dropped and named in the page's language; the other filters stay", async ({ page }) => {
    await page.goto("/partners?region=kayes&minCapacity=abc&returnees=yes");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Capacité d’absorption minimale (minCapacity) : valeur « abc » non reconnue");
    await expect(alert).not.toContainText("must be");
    await expect(filtersOf(page).getByRole("checkbox", { name: /^Kayes/ })).toBeChecked();
    await expect(filtersOf(page).getByRole("checkbox", { name: /^Oui, actuellement/ })).toBeChecked();
    await expect(chips(page).getByRole("link")).toHaveText([/^Kayes/, /^Migrants de retour : Oui, actuellement/]);
  });

  test("a page beyond the last goes to the last page", async ({ page }) => {
    await page.goto("/partners?pageSize=5&page=999");
    // The list streams (loading.tsx), so the redirect reaches the browser after the first bytes.
    await expect(page).not.toHaveURL(/page=999/);
    await expect(page).toHaveURL(/pageSize=5/);
    const last = Number(new URL(page.url()).searchParams.get("page"));
    expect(last).toBeGreaterThan(1);
    expect(last).toBeLessThan(999);
    const heading = page.getByRole("heading", { level: 2, name: /partenaires/ });
    const [, from, to, total] = (await heading.innerText()).match(/(\d+)–(\d+) sur (\d+)/)!.map(Number);
    expect(to).toBe(total);
    expect(from).toBe((last - 1) * 5 + 1);
    await expect(page.getByRole("navigation", { name: "Pagination" }).locator('[aria-current="page"]')).toHaveText(String(last));
  });
});
