import type { Browser, Page } from "@playwright/test";
import { expect, signedInPage, test, type Sessions } from "./fixtures";

/**
 * Issue 12, "the admin form": a fiche's form runs to many screens. Save stays
 * at hand with its outcome beside it (and focus moved there); a save refused
 * because someone else saved first is merged field by field, without retyping.
 */
const SLUG = process.env.E2E_EDIT_SLUG ?? "cfps";
const EDIT = `/admin/partners/${SLUG}/edit`;

/** The admin's stored session (./fixtures.ts) in a laptop-sized window, on the fiche's form. */
async function adminPage(browser: Browser, sessions: Sessions): Promise<Page> {
  const page = await signedInPage(browser, "admin", sessions, { viewport: { width: 1366, height: 900 } });
  await page.goto(EDIT);
  return page;
}

const textbox = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

test("an admin edits the far end of a long form: Save stays in view and the outcome appears beside it, focused", async ({ browser, sessions }) => {
  const page = await adminPage(browser, sessions);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeGreaterThan(4 * 900);
  const save = page.getByRole("button", { name: "Enregistrer", exact: true });
  await expect(save).toBeInViewport();

  // The section nav leads to the fiche's text, at the bottom.
  await page.getByRole("navigation", { name: "Sections du formulaire" }).getByRole("link", { name: "Texte de la fiche" }).click();
  await expect(page).toHaveURL(/#edit-sections$/);
  const last = page.locator("#edit-sections textarea").last();
  await last.fill(`${await last.inputValue()} (relu ${Date.now()})`);
  await expect(save).toBeInViewport();

  // A mistake far up the form: focus goes to it, the bar says why nothing was sent.
  const founded = await textbox(page, "Année de création").inputValue();
  await textbox(page, "Année de création").fill("autrefois");
  await save.click();
  await expect(textbox(page, "Année de création")).toBeFocused();
  const outcome = page.getByRole("region", { name: "Enregistrement" });
  await expect(outcome.getByRole("alert")).toHaveText(/Le formulaire contient des erreurs/);

  await textbox(page, "Année de création").fill(founded);
  await last.scrollIntoViewIfNeeded();
  await save.click();
  const saved = outcome.getByRole("status").filter({ hasText: /Modifications enregistrées \(version \d+\)/ });
  await expect(saved).toBeVisible();
  await expect(saved).toBeInViewport();
  await expect(page.locator("[data-save-outcome]")).toBeFocused();

  // Archiving is there, but does not look like the main button.
  const archive = page.getByRole("button", { name: "Archiver la fiche" });
  await expect(archive).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await expect(save).not.toHaveCSS("background-color", "rgb(255, 255, 255)");
  await page.context().close();
});

test("two admins save the same fiche: the second keeps or takes the other's version field by field, then saves", async ({ browser, sessions }) => {
  const stamp = Date.now();
  const first = await adminPage(browser, sessions);
  const second = await adminPage(browser, sessions);

  await textbox(first, "Coûts").fill(`Coûts selon A ${stamp}`);
  await textbox(first, "Perspectives").fill(`Perspectives selon A ${stamp}`);
  await first.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(first.getByRole("status").filter({ hasText: /Modifications enregistrées/ })).toBeVisible();

  // The second admin opened the form before that save.
  await textbox(second, "Coûts").fill(`Coûts selon B ${stamp}`);
  await textbox(second, "Perspectives").fill(`Perspectives selon B ${stamp}`);
  await textbox(second, "Défis").fill(`Défis selon B ${stamp}`);
  await second.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(second.getByRole("alert").filter({ hasText: /Enregistrement refusé/ })).toBeVisible();
  const merge = second.getByRole("region", { name: "Modifié entre-temps" });
  await expect(merge.getByRole("heading", { name: "Modifié entre-temps" })).toBeFocused();

  // Both versions side by side, for the two fields both changed (not for "Défis": only B changed it).
  const costs = merge.locator('[data-unit="costs"]');
  const outlook = merge.locator('[data-unit="perspectives"]');
  await expect(merge.locator("[data-unit]")).toHaveCount(2);
  await expect(costs.getByRole("radio", { name: /Garder ma version/ })).toBeChecked();
  await expect(costs).toContainText(`Coûts selon B ${stamp}`);
  await expect(costs).toContainText(`Coûts selon A ${stamp}`);
  // Keep my costs, take the other's outlook.
  await outlook.getByRole("radio", { name: /Prendre la version/ }).check();
  await merge.getByRole("button", { name: /Enregistrer avec ces choix/ }).click();

  const saved = second.getByRole("status").filter({ hasText: /Modifications enregistrées/ });
  await expect(saved).toBeVisible();
  await expect(second.locator("[data-save-outcome]")).toBeFocused();
  await expect(merge).toHaveCount(0);
  await expect(textbox(second, "Perspectives")).toHaveValue(`Perspectives selon A ${stamp}`);

  // What is saved: B's costs and challenges, A's outlook.
  await first.reload();
  await expect(textbox(first, "Coûts")).toHaveValue(`Coûts selon B ${stamp}`);
  await expect(textbox(first, "Perspectives")).toHaveValue(`Perspectives selon A ${stamp}`);
  await expect(textbox(first, "Défis")).toHaveValue(`Défis selon B ${stamp}`);
  await first.context().close();
  await second.context().close();
});
