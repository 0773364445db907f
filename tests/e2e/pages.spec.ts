import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

/** Issue 3: donors, regions, compare and sources, each reached and checked like a user would. */

test("who funds what, where: donors -> a donor -> a partner it funds", async ({ page }) => {
  test.slow(); // axe over the map and two matrices on a busy machine
  await page.goto("/donors");
  await expect(page.getByRole("heading", { level: 1, name: "Bailleurs et partenaires techniques" })).toBeVisible();
  await expect(page.locator("main tbody tr")).toHaveCount(11);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: /Banque Mondiale/i }).first().click();
  await expect(page).toHaveURL(/\/donors\/[a-z0-9-]+$/);
  const projects = page.getByRole("table", { name: /Projets de/ });
  await expect(projects).toBeVisible();
  await expect(projects.getByText(/PAFEEM/).first()).toBeVisible();
  await expect(projects.getByText(/60\s000\s000\s\$US/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const funded = page.getByRole("table", { name: /Partenaires financés par/ });
  const partner = funded.locator('a[href^="/partners/"]').first();
  const name = (await partner.innerText()).trim();
  await partner.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name.split(" (")[0]);
});

test("a regions matrix count leads to the list filtered on that region and category", async ({ page }) => {
  test.slow(); // axe over the map and two matrices on a busy machine
  await page.goto("/regions");
  await expect(page.getByRole("table", { name: /par région/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const cell = page.locator('main a[href^="/partners?region=kayes&category="]').first();
  const href = await cell.getAttribute("href");
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?]/g, "\\?")}$`));
  await expect(page.locator('main table a[href^="/partners/"]').first()).toBeVisible();
});

test("comparing two partners marks the differences and the missing values", async ({ page }) => {
  await page.goto("/compare?partners=cfp-missabougou,donilab");
  const table = page.getByRole("table", { name: /Comparaison de/ });
  await expect(table.getByRole("columnheader")).toHaveCount(3);
  // Only the facts an analyst compares are flagged (issue 12), in words for screen readers too:
  // the two categories differ but are shown, not marked.
  await expect(table.locator('tr[data-row="category"] td')).toHaveCount(2);
  await expect(table.locator("tr:not([data-compared]) td[data-differs]")).toHaveCount(0);
  const flagged = table.locator("tr[data-compared] td[data-differs]");
  await expect(flagged.first()).toContainText("diffère des autres fiches");
  await expect(table.getByText("Non renseigné").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("a wrong compare link explains itself and offers a picker that works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/compare?partners=cfp-missabougou");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Choisissez de 2 à 4 partenaires");
  await page.getByLabel("Partenaire 2").selectOption("donilab");
  await page.getByRole("button", { name: "Comparer" }).click();
  await expect(page.getByRole("table", { name: /Comparaison de/ })).toBeVisible();
  await page.goto("/compare?partners=cfp-missabougou,no-such-one");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("no-such-one");
  await context.close();
});

test("the sources tables search without accents and sort through the URL", async ({ page }) => {
  await page.goto("/sources");
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel(/Rechercher un acteur/).fill("ministere");
  await page.getByRole("button", { name: "Filtrer" }).first().click();
  await expect(page).toHaveURL(/iq=ministere/);
  const interviews = page.getByRole("table", { name: /Entretiens/ });
  await expect(interviews.getByText(/Ministère/).first()).toBeVisible();
  // The app's one sort convention (lib/table-sort.ts): `isort=date`, then `isort=-date`.
  await interviews.getByRole("link", { name: "Trier par Date, ordre croissant" }).click();
  await expect(page).toHaveURL(/isort=date/);
  await expect(page).toHaveURL(/iq=ministere/);
  await expect(interviews.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "ascending");
  await interviews.getByRole("link", { name: "Trier par Date, ordre décroissant" }).click();
  await expect(page).toHaveURL(/isort=-date/);
  await expect(interviews.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByText("doublon dans le rapport")).toHaveCount(0);
  await page.goto("/sources?iq=centre+de+formation");
  await expect(page.getByText("doublon dans le rapport").first()).toBeVisible();
});

test("a sources link of the old form still works, and a bad parameter is named with a 400", async ({ page }) => {
  await page.goto("/sources?iq=ministere&isort=date&idir=desc");
  await expect(page).toHaveURL(/\/sources\?iq=ministere&isort=-date$/);
  await expect(page.getByRole("table", { name: /Entretiens/ }).getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "descending");

  const response = await page.goto("/sources?iq=ministere&isort=password");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lien invalide : sources du rapport");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText([/^Tri des acteurs rencontrés \(isort\) : tri « password » inconnu/]);
  await expectNoSeriousAxeViolations(page);
  // The rest of the link still applies: the search, in the default order.
  await page.getByRole("link", { name: "Voir les sources sans ces valeurs" }).click();
  await expect(page).toHaveURL(/\/sources\?iq=ministere$/);
  await expect(page.getByLabel(/Rechercher un acteur/)).toHaveValue("ministere");
  await expect(page.getByRole("table", { name: /Entretiens/ }).getByText(/Ministère/).first()).toBeVisible();
});

test("the compare page and the sources page pass axe in English too", async ({ page }) => {
  await page.goto("/compare");
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare partners" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Français", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comparer des partenaires" })).toBeVisible();
});
