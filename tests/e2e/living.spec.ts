import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS } from "./users";

/**
 * Issue 10, a living directory: where each fact comes from, an admin's
 * verification, and (below) corrections suggested from the field.
 */
const user = (role: "admin" | "analyst" | "officer") => E2E_USERS.find((u) => u.role === role)!;

async function signIn(page: Page, role: "admin" | "analyst" | "officer", callbackUrl: string) {
  const { email, password } = user(role);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/mot de passe|password/i).fill(password);
  await page.getByRole("button", { name: /se connecter|sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/** A seeded fiche no other story edits: the report's fiche with this number. */
async function slugOfFiche(page: Page, number: number): Promise<string> {
  const response = await page.request.get(`/api/v1/partners?sort=number&pageSize=100`);
  const body = (await response.json()) as { items: Array<{ slug: string; number: number | null }> };
  return body.items.find((i) => i.number === number)!.slug;
}

test("a fiche says where each key fact comes from, and keeps the report's text apart", async ({ page }) => {
  await page.goto("/partners/cfp-missabougou");
  const card = page.locator("main dl > div").filter({ hasText: "Capacité d’absorption" }).first();
  await expect(card.locator("[data-provenance]")).toHaveText(/^d’après Cartographie 2022, fiche 1, l\. \d+(–\d+)?, p\. \d+$/);
  await expect(page.getByText("Pas encore vérifiée depuis la cartographie")).toBeVisible();
  const reportText = page.getByRole("heading", { name: "Texte de la cartographie, nov.–déc. 2022" });
  await expect(reportText).toBeVisible();
  await expect(page.getByText("Le document source, tel quel")).toBeHidden();
});

test("an admin marks a fiche verified with a note; the fiche and the list show the date", async ({ page }) => {
  test.slow();
  const slug = await slugOfFiche(page, 7);
  await signIn(page, "admin", `/partners/${slug}`);
  await page.getByRole("link", { name: "Marquer vérifiée" }).click();
  await expect(page).toHaveURL(`/admin/partners/${slug}/verify`);
  await expect(page.getByText("Cette fiche n’a jamais été vérifiée depuis la cartographie.")).toBeVisible();

  // A note is required: the form says so and nothing is recorded.
  await page.getByRole("button", { name: "Marquer la fiche vérifiée" }).click();
  await expect(page.getByText("Ce champ est obligatoire.")).toBeVisible();

  await page.getByLabel("Comment l’avez-vous vérifiée ?").fill("appel au point focal");
  await page.getByRole("button", { name: "Marquer la fiche vérifiée" }).click();
  await expect(page).toHaveURL(`/partners/${slug}`);
  const today = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Africa/Bamako" }).format(new Date());
  await expect(page.getByText(`Vérifiée le ${today}`)).toBeVisible();
  await expect(page.getByText("(appel au point focal)")).toBeVisible();

  // The history keeps it, as a verification (no field changed).
  await page.goto(`/admin/partners/${slug}/history`);
  await expect(page.locator("ol > li").first()).toContainText("Vérification (fiche confirmée sans changement)");
  await expect(page.locator("ol > li").first()).toContainText("appel au point focal");

  // The list: a column with the date, sortable, and a filter that leaves the fiche out.
  await page.goto("/partners?sort=-verified");
  const row = page.locator("tbody tr").first();
  await expect(row.locator(`a[href="/partners/${slug}"]`)).toBeVisible();
  const short = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeZone: "Africa/Bamako" }).format(new Date());
  await expect(row.locator("time")).toHaveText(short);
  await page.goto("/partners?unverified=true&pageSize=100");
  await expect(page.getByRole("checkbox", { name: "Non vérifiées depuis 12 mois" })).toBeChecked();
  await expect(page.locator(`tbody a[href="/partners/${slug}"]`)).toHaveCount(0);

  // Anonymous visitors see the date, not the note.
  await page.context().clearCookies();
  await page.goto(`/partners/${slug}`);
  await expect(page.getByText(`Vérifiée le ${today}`)).toBeVisible();
  await expect(page.getByText("appel au point focal")).toHaveCount(0);
});
