import type { Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { actAs, expect, test } from "./fixtures";

/**
 * Issue 10, a living directory: where each fact comes from, an admin's
 * verification, and (below) corrections suggested from the field.
 */
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

test("an admin marks a fiche verified with a note; the fiche and the list show the date", async ({ page, sessions }) => {
  test.slow();
  const slug = await slugOfFiche(page, 7);
  await actAs(page, "admin", sessions);
  await page.goto(`/partners/${slug}`);
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

test("every page says where the data comes from; the About page tells who, when, how and how to report an error", async ({ page }) => {
  await page.goto("/partners");
  const banner = page.getByRole("complementary", { name: "Origine des données" });
  await expect(banner).toContainText("Données issues de la Cartographie 2022, entretiens de nov.–déc. 2022.");
  await banner.getByRole("link", { name: "D’où viennent ces données ?" }).click();
  await expect(page).toHaveURL("/about");
  await expect(page.getByRole("heading", { level: 1, name: "À propos des données" })).toBeVisible();
  await expect(page.getByText("Ses entretiens ont eu lieu du 1 novembre 2022 au 29 décembre 2022", { exact: false })).toBeVisible();
  await expect(page.getByText("Elle décrit 37 partenaires potentiels", { exact: false })).toBeVisible();
  // The method in the report's own words, marked as French.
  await expect(page.locator('blockquote[lang="fr"]', { hasText: "Les Fiches Partenaires listent les partenaires potentiels" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ce que signifie chaque champ" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Se connecter pour suggérer une correction" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("an officer suggests a correction, an admin accepts it, and the fiche shows the new value marked as edited with its source", async ({ page, sessions }) => {
  test.slow();
  const list = (await (await page.request.get("/api/v1/partners?sort=number&pageSize=100")).json()) as {
    items: Array<{ slug: string; name: string; number: number | null; absorptionCapacity: { text: string } | null }>;
  };
  // A seeded fiche with an absorption capacity that no other story edits.
  const target = list.items.find((i) => i.number !== null && i.number > 20 && i.absorptionCapacity?.text && i.slug !== "cfps")!;
  const proposed = `Jusqu’à 950 apprenants par an (e2e ${Date.now().toString().slice(-5)}).`;

  await actAs(page, "officer", sessions);
  await page.goto(`/partners/${target.slug}`);
  await page.getByRole("link", { name: "Suggérer une correction : Capacité d’absorption" }).click();
  await expect(page).toHaveURL(new RegExp(`/partners/${target.slug}/suggest\\?field=capacities.absorption`));
  await expect(page.getByRole("heading", { name: "Valeur actuelle : Capacité d’absorption" })).toBeVisible();
  await expect(page.getByLabel("Valeur proposée")).toHaveValue(target.absorptionCapacity!.text);
  await page.getByLabel("Valeur proposée").fill(proposed);
  await page.getByLabel("Source ou commentaire").fill("appel au point focal");
  await page.getByRole("button", { name: "Envoyer la suggestion" }).click();
  await expect(page).toHaveURL(/\/account\?suggested=1/);
  await expect(page.getByText("Merci : votre suggestion est envoyée.")).toBeVisible();
  const mine = page.locator("#suggestions li", { hasText: proposed });
  await expect(mine).toContainText("En attente");

  // Anonymous visitors never reach the queue.
  await page.context().clearCookies();
  await page.goto("/admin/suggestions");
  await expect(page).toHaveURL(/\/signin/);

  await actAs(page, "admin", sessions);
  await page.goto("/admin/suggestions");
  const card = page.locator("main ol > li", { hasText: proposed });
  await expect(card.locator("del")).toHaveText(target.absorptionCapacity!.text);
  await expect(card.locator("ins")).toHaveText(proposed);
  await expect(card).toContainText("appel au point focal");
  await card.getByRole("button", { name: "Accepter et appliquer" }).click();
  // Decided, it leaves the queue for the recent decisions.
  await expect(page.getByRole("region", { name: "Décisions récentes" })).toContainText(`Capacité d’absorption : Acceptée par Admin E2E`);
  await expect(card).toHaveCount(0);

  await page.goto(`/partners/${target.slug}`);
  const capacity = page.locator("main dl > div").filter({ hasText: "Capacité d’absorption" }).first();
  await expect(capacity).toContainText(proposed);
  const today = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Africa/Bamako" }).format(new Date());
  const mark = capacity.locator('[data-provenance="edit"]');
  await expect(mark).toContainText(`modifié le ${today} par Admin E2E sur suggestion de Officer E2E`);
  await expect(mark).toContainText("diffère de la cartographie");
  await mark.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/partners/${target.slug}/history#v\\d+`));
  await expect(page.locator("ol > li").first()).toContainText("Suggestion n°");

  // The suggester sees the outcome.
  await actAs(page, "officer", sessions);
  await page.goto("/account");
  await expect(page.locator("#suggestions li", { hasText: proposed })).toContainText("Acceptée");

  // The public fiche: the new value and its mark, never an account's e-mail.
  await page.context().clearCookies();
  await page.goto(`/partners/${target.slug}`);
  await expect(page.locator("main dl > div").filter({ hasText: "Capacité d’absorption" }).first()).toContainText(proposed);
  const html = await page.content();
  expect(html).not.toContain("@passerelle.test");
  // The public sees that and when the value changed, not who changed or suggested it.
  await expect(page.locator('main [data-provenance="edit"]').first()).toContainText(`modifié le ${today}`);
  expect(html).not.toContain("Admin E2E");
  expect(html).not.toContain("Officer E2E");
});
