import { expect, test } from "@playwright/test";

/**
 * Issue 7, the typed facts as an officer reads them: the capacity to take in
 * returning migrants on the fiche's key card, in the list and in compare; a
 * per-group figure said to be one; the fiche's own words beside the national
 * flag; a programme's funder shown as inferred; Kayes without Swisscontact.
 */

test("the capacity for returning migrants reads the same on the card, in the list and in compare", async ({ page }) => {
  await page.goto("/partners/cfp-missabougou");
  const card = page.locator("main dl > div").filter({ has: page.getByText("Capacité d’intégration de migrants de retour", { exact: true }) });
  await expect(card).toContainText("Le CFPM a déjà développé des formations courtes adaptées aux besoins des migrants de retour");
  await expect(card).not.toContainText("Non renseigné");

  // The list: a short form in its own column.
  await page.goto("/partners?q=Missabougou");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: /Missabougou/ }) });
  await expect(row.getByText("Le CFPM a déjà développé des formations courtes adaptées aux besoins des migrants de retour", { exact: true })).toBeVisible();

  // Compare: the whole sentence, beside another fiche's.
  await page.goto("/compare?partners=cfp-missabougou,bnda");
  const compareRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Capacité pour migrants de retour" }) });
  await expect(compareRow).toContainText("Le CFPM a déjà développé des formations courtes");
  await expect(compareRow).toContainText("La BNDA vise les acteurs du monde rural");
});

test("a per-group figure says so, and the national flag carries the fiche's words", async ({ page }) => {
  await page.goto("/partners?q=IFPI");
  const ifpi = page.getByRole("row").filter({ has: page.locator('a[href="/partners/ifpi"]') });
  await expect(ifpi).toContainText("25 apprenants par groupe");
  // … and the minimum-capacity filter does not take it for a total.
  await page.goto("/partners?minCapacity=25&pageSize=100");
  await expect(page.locator('main table a[href="/partners/ifpi"]')).toHaveCount(0);
  await expect(page.locator('main table a[href="/partners/cfp-missabougou"]')).toHaveCount(1);

  await page.goto("/partners/unicef");
  await expect(page.locator("header").getByText("Couverture nationale", { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("national-words")).toHaveText(/Ville : National/);
  // The list too: Kidal holds UNICEF through its national coverage, and says on what words.
  await page.goto("/partners?region=kidal&pageSize=100");
  await expect(page.getByRole("row").filter({ has: page.locator('a[href="/partners/unicef"]') })).toContainText("Ville : National");
});

test("a programme's funder is marked inferred, and Kayes lists AVSF but not Swisscontact", async ({ page }) => {
  await page.goto("/partners/aek");
  const wb = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /Banque mondiale/ }) });
  await expect(wb).toContainText("via PROCEJ");
  await expect(wb).toContainText("déduit");

  await page.goto("/partners?region=kayes&pageSize=100");
  const names = page.locator("main tbody a[href^='/partners/']");
  await expect(names.filter({ hasText: /AVSF/ })).toHaveCount(1);
  await expect(names.filter({ hasText: /Swisscontact/i })).toHaveCount(0);
});
