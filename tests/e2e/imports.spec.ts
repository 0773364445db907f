import { replaceInPartner, seededReport, withCrlf } from "../fixtures/edited-edition";
import { actAs, expect, test, userOf } from "./fixtures";

/**
 * Issue 10's edition story: an admin edits a field, then a new edition of the
 * report changes the same field; the review shows it as a conflict, the admin
 * accepts the edition's value and applies it; the fiche shows the new value
 * and its history records the edition, attributed to the admin.
 */
// Partner 18 (AVSF): no other story reads it.
const SLUG = "avsf";
const NUMBER = 18;

test("an admin reviews and applies a new edition with one conflict", async ({ page, sessions }) => {
  test.slow();
  const stamp = Date.now().toString().slice(-5);
  const adminValue = `ONG internationale (siège à Lyon, e2e ${stamp})`;
  const editionValue = `ONG internationale de solidarité agricole (édition ${stamp})`;

  // An admin edit on the field the new edition also changes.
  await actAs(page, "admin", sessions);
  await page.goto(`/admin/partners/${SLUG}/edit`);
  await page.locator("input#f-structureType").fill(adminValue);
  await page.getByLabel(/Motif de la modification/).fill("e2e: appel au point focal");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Modifications enregistrées/ })).toBeVisible();

  // A file that is not a report is refused with its line; nothing is staged.
  await page.goto("/admin/imports");
  const upload = page.getByLabel("Fichier texte du rapport");
  await upload.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Compte rendu de réunion\n\nPoints abordés : budget\n") });
  await page.getByRole("button", { name: "Comparer au répertoire" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /n’est pas un rapport/ })).toContainText(/n’est pas un rapport de cartographie \(ligne 1/);
  await expect(page).toHaveURL(/\/admin\/imports$/);

  // The new edition: the same report, Windows line endings, partner 18's structure type rewritten.
  const edited = withCrlf(replaceInPartner(seededReport().text, NUMBER, "Type de structure ONG internationale", `Type de structure ${editionValue}`));
  await upload.setInputFiles({ name: `cartographie-revisee-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(edited, "utf8") });
  await page.getByRole("button", { name: "Comparer au répertoire" }).click();
  await page.waitForURL(/\/admin\/imports\/\d+$/);

  const summary = page.getByRole("table", { name: "Ce que l’édition changerait" });
  const partners = summary.locator('[data-table="partners"]');
  await expect(partners.locator('[data-column="changed"]')).toHaveText("1");
  await expect(partners.locator('[data-column="removed"]')).toHaveText("0");
  await expect(partners.locator('[data-column="unchanged"]')).toHaveText("36");

  const fiche = page.locator(`section#p${NUMBER}`);
  await expect(fiche.getByRole("heading")).toContainText("Fiche 18");
  const conflict = fiche.locator('fieldset[data-conflict="true"]');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toHaveAttribute("data-field", "structureType");
  await expect(conflict).toContainText("Conflit : un administrateur a modifié ce champ");
  await expect(conflict.locator("del")).toHaveText(adminValue);
  await expect(conflict.locator("ins")).toHaveText(editionValue);
  // A conflict keeps the admin's value unless the reviewer says otherwise.
  await expect(conflict.getByLabel("Garder la valeur actuelle")).toBeChecked();
  await conflict.getByLabel("Accepter la nouvelle valeur").check();

  await page.getByRole("button", { name: "Appliquer l’édition" }).click();
  await expect(page.getByText(/^Appliquée le .* par Admin E2E$/)).toBeVisible();

  // The fiche says what the new edition says, and its history records the edition, by the admin.
  await page.goto(`/partners/${SLUG}`);
  await expect(page.getByText(editionValue).first()).toBeVisible();
  await expect(page.getByText(adminValue)).toHaveCount(0);
  await page.goto(`/admin/partners/${SLUG}/history`);
  const latest = page.locator("ol > li").first();
  await expect(latest).toContainText("Nouvelle édition du rapport appliquée");
  await expect(latest).toContainText(userOf("admin").email);
  // The entry names the change in its summary line and shows it in the detailed diff: the latter.
  await expect(latest.locator("ins", { hasText: editionValue }).last()).toBeVisible();
  await expect(latest.locator("del", { hasText: adminValue })).toBeVisible();

  // Applied once: the review no longer offers to apply it.
  await page.goBack();
  await page.goto("/admin/imports");
  await expect(page.getByRole("row").filter({ hasText: `cartographie-revisee-${stamp}.txt` })).toContainText("Appliquée");
});

test("the imports pages are for admins only", async ({ page, sessions }) => {
  await page.goto("/admin/imports");
  await expect(page).toHaveURL(/\/signin/);
  await actAs(page, "officer", sessions);
  await page.goto("/admin/imports");
  await expect(page).not.toHaveURL(/\/admin\/imports/);
  await page.goto("/admin/imports/1");
  await expect(page).not.toHaveURL(/\/admin\/imports/);
  await expect(page.getByText("Comparer au répertoire")).toHaveCount(0);
});
