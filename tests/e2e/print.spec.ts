import { expect, test } from "@playwright/test";

/**
 * Issue 12: the printed fiche is one clean document, dated and sourced, with
 * no navigation, no sign-in prompt and no line-reference toggles.
 */
const SLUG = "cfp-missabougou";

/** Pages of a PDF as Chromium writes it (one "/Type /Page" object per page). */
const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test("an anonymous visitor prints a fiche: dated, sourced, without prompts, toggles or navigation", async ({ page }) => {
  await page.goto(`/partners/${SLUG}`);
  // On screen: the toggles and the sign-in prompt are there, the colophon is not.
  await expect(page.locator("details[data-print-open] > summary")).toBeVisible();
  await expect(page.getByRole("link", { name: "Connectez-vous pour voir les contacts" })).toBeVisible();
  await expect(page.locator("[data-print-colophon]")).toBeHidden();

  await page.emulateMedia({ media: "print" });
  const colophon = page.locator("[data-print-colophon]");
  await expect(colophon).toBeVisible();
  const today = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Africa/Bamako" }).format(new Date());
  await expect(colophon).toContainText(`Imprimé le ${today}`);
  await expect(colophon).toContainText(new RegExp(`https?://[^ ]+/partners/${SLUG}`));
  await expect(colophon).toContainText(/Source : .+fiche FP 1, lignes \d+ à \d+/);
  await expect(colophon).toContainText(/Non vérifiée depuis le rapport|Dernière vérification/);

  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.getByText(/Connectez-vous/).filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeHidden();
  // No line-reference toggles; the report's text (collapsed on screen) prints open, each section with its lines.
  await expect(page.locator("details:not([data-print-open]):visible")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Texte de la cartographie, nov.–déc. 2022" })).toBeVisible();
  // Loaded on demand (issue 8): printing brings it in, every section of the report with its lines.
  const reportText = page.locator("[data-original-text]");
  await expect(reportText.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(reportText.getByText(/^FP 1 · l\. \d+–\d+$/).first()).toBeVisible();
  await expect(page.locator("main").getByText(/^FP 1 · l\. \d+–\d+$/).first()).toBeVisible();

  const pages = pageCount(await page.pdf({ format: "A4", printBackground: false }));
  test.info().annotations.push({ type: "pdf pages", description: String(pages) });
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(5);
});
