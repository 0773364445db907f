import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

/**
 * Issue 3, the partner fiche: from the list to a fiche, its key facts, every
 * section with where it comes from in the report, print, and accessibility.
 */

test("an officer opens a fiche from the list and sees its key facts, sections and source lines", async ({ page }) => {
  await page.goto("/partners");
  // The table's first row (the phone layout's cards are in the page too, hidden at this width).
  const link = page.locator('main table a[href^="/partners/"]').first();
  const name = (await link.innerText()).trim();
  await link.click();
  await expect(page).toHaveURL(/\/partners\/[a-z0-9-]+/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name.split(" (")[0]);

  await expect(page.getByRole("heading", { name: "Points clés" })).toBeVisible();
  await expect(page.getByText("Capacité d’absorption").first()).toBeVisible();
  // The report's own text, labelled with its edition's period, collapsed until asked for (issue 10).
  const reportText = page.getByRole("heading", { name: "Texte de la cartographie, nov.–déc. 2022" });
  await expect(reportText).toBeVisible();
  const sourceRefs = page.locator("main details details").filter({ hasText: /FP \d+ · l\. \d+/ });
  await expect(sourceRefs.first()).toBeHidden();
  await reportText.click();
  await expect(sourceRefs.first()).toBeVisible();
  // Every value says where it comes from: "FP <n> · l. <start>–<end>".
  const refs = page.locator("main details summary").filter({ hasText: /FP \d+ · l\. \d+/ });
  expect(await refs.count()).toBeGreaterThan(3);

  // The original text, on demand.
  const first = sourceRefs.first();
  await first.locator("summary").click();
  await expect(first.getByText(/Texte original \(lignes \d+ à \d+ du rapport\)/)).toBeVisible();

  // "Back to results" returns to the list the officer came from.
  await page.getByRole("link", { name: /Retour aux résultats/ }).click();
  await expect(page).toHaveURL(/\/partners(\?|$)/);
});

test("FP1 shows its capacity, insertion rate, trainings, funders and the sign-in prompt for contacts", async ({ page }) => {
  await page.goto("/partners/cfp-missabougou");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/CFP Missabougou/i);
  await expect(page.getByText("800 apprenants par an", { exact: true })).toBeVisible();
  await expect(page.getByText(/68,67\s?%/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Formations", exact: true })).toBeVisible();
  await expect(page.getByText("Mécanique auto").first()).toBeVisible();
  // A funder with a donor fiche links to it.
  await expect(page.locator('a[href="/donors/afd"]').first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Connectez-vous pour voir les contacts" })).toHaveAttribute(
    "href",
    /\/signin\?callbackUrl=%2Fpartners%2Fcfp-missabougou/,
  );
  await expectNoSeriousAxeViolations(page);
});

test("an unknown fiche is a 404 page, and the API answers 404 JSON", async ({ page, request }) => {
  // A 404 status needs the list's loading.tsx to stay out of this route's tree
  // (a parent loading boundary streams a 200 before the page can call notFound()).
  const response = await page.goto("/partners/no-such-partner");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Fiche introuvable" })).toBeVisible();

  const api = await request.get("/api/v1/partners/no-such-partner");
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ error: { code: "not_found" } });
  expect((await request.get("/api/v1/partners/%3Cscript%3E")).status()).toBe(404);

  const ok = await request.get("/api/v1/partners/cfp-missabougou");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body).toMatchObject({ slug: "cfp-missabougou", number: 1, contacts: { hidden: true, items: [] } });
  expect(body.sections.length).toBeGreaterThan(2);
});

test("the print view hides the navigation and the buttons", async ({ page }) => {
  await page.goto("/partners/cfp-missabougou");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Texte de la cartographie, nov.–déc. 2022" })).toBeVisible();
});

test("switching to English changes the interface but not the fiche's French content", async ({ page, context }) => {
  await page.goto("/partners/cfp-missabougou");
  await expect(page.getByRole("heading", { name: "Points clés" })).toBeVisible();
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Key facts" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Text of the mapping report, Nov–Dec 2022" })).toBeVisible();
  // The report's own words stay French.
  await expect(page.getByText("En plein régime, la structure peut accueillir", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("Mécanique auto").first()).toBeVisible();
  await context.clearCookies();
});

test("without JavaScript the report's text is one link away, on a page of its own", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/partners/cfp-missabougou");
  // Not in the fiche's page (issue 8: on demand); the collapsed section offers it.
  await page.getByRole("heading", { name: "Texte de la cartographie, nov.–déc. 2022" }).click();
  await page.getByRole("link", { name: "Lire le texte de la cartographie" }).click();
  await expect(page).toHaveURL(/\/partners\/cfp-missabougou\/original$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texte de la cartographie, nov.–déc. 2022");
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(page.getByText(/^FP 1 · l\. \d+–\d+$/).first()).toBeVisible();
  await page.getByRole("link", { name: /CFP Missabougou/i }).click();
  await expect(page).toHaveURL(/\/partners\/cfp-missabougou$/);
  await context.close();
});
