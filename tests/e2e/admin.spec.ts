import { expect, signedInPage, test, userOf } from "./fixtures";

/**
 * Issue 4's admin story: sign in, change a partner's capacity and a contact,
 * see both on the partner page, see the diff in its history, restore the
 * earlier version, signed in as the admin of tests/e2e/users.ts (a stored session, ./fixtures.ts).
 */
// A seeded partner with an absorption capacity and a contact person.
const SLUG = process.env.E2E_EDIT_SLUG ?? "cfps";

test.describe("signed in as an admin", () => {
  test.use({ signedInAs: "admin" });

  test("an admin edits a capacity and a contact, sees them, reads the diff and restores", async ({ page }) => {
    const stamp = Date.now().toString().slice(-6);
    const capacity = `La structure peut accueillir jusqu’à 9${stamp.slice(-3)} apprenants (test ${stamp}).`;
    const phone = `+223 70.${stamp.slice(0, 2)}.${stamp.slice(2, 4)}.${stamp.slice(4, 6)}`;

    // The regions page's capacity total (a cached read shared by every viewer) moves with the edit at once.
    const bamako = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Bamako", exact: true }) });
    await page.goto("/regions");
    const regionsBefore = await bamako.innerText();

    await page.goto(`/admin/partners/${SLUG}/edit`);
    await expect(page).toHaveURL(new RegExp(`/admin/partners/${SLUG}/edit`));

    const before = await page.getByLabel("Phrase").first().inputValue();
    await page.getByLabel("Phrase").first().fill(capacity);
    await page.getByLabel("Maximum").first().fill(`9${stamp.slice(-3)}`);
    const phones = page.getByLabel(/Téléphones/).first();
    const originalPhones = await phones.inputValue();
    await phones.fill(phone);
    await page.getByLabel(/Motif de la modification/).fill("e2e: capacité et contact");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Modifications enregistrées/ })).toBeVisible();

    // The public fiche shows both changes (the admin is signed in: contacts are visible).
    await page.goto(`/partners/${SLUG}`);
    await expect(page.getByText(capacity).first()).toBeVisible();
    await expect(page.getByText(phone).first()).toBeVisible();
    await page.goto("/regions");
    expect(await bamako.innerText()).not.toBe(regionsBefore);

    // The history shows who changed what, before and after.
    await page.goto(`/admin/partners/${SLUG}/history`);
    const latest = page.locator("ol > li").first();
    await expect(latest).toContainText("Modification");
    await expect(latest).toContainText(userOf("admin").email);
    await expect(latest).toContainText("e2e: capacité et contact");
    await expect(latest.locator("ins", { hasText: capacity })).toBeVisible();
    await expect(latest.locator("del", { hasText: before })).toBeVisible();
    await expect(latest.locator("ins", { hasText: phone })).toBeVisible();

    // Restore the version before the edit: a new recorded change.
    const previous = page.locator("ol > li").nth(1);
    await previous.getByRole("button", { name: "Rétablir cette version" }).click();
    await expect(page.getByText(/Version rétablie/)).toBeVisible();
    await page.reload();
    await expect(page.locator("ol > li").first()).toContainText("Retour à une version antérieure");

    await page.goto(`/partners/${SLUG}`);
    await expect(page.getByText(capacity)).toHaveCount(0);
    await expect(page.getByText(phone)).toHaveCount(0);
    if (originalPhones) await expect(page.getByText(originalPhones.split("\n")[0]).first()).toBeVisible();
    await page.goto("/regions");
    expect(await bamako.innerText()).toBe(regionsBefore);
  });

  test("a word an admin adds is offered by 'did you mean' moments later, and no longer once it is gone", async ({ page }) => {
    // A made-up word, new in every run, and the same word with two letters swapped.
    const word = `vortexquil${Date.now().toString(36).replace(/[0-9]/g, "")}e`;
    const mistyped = word.slice(0, 3) + word[4] + word[3] + word.slice(5);
    const suggestion = page.getByRole("link", { name: word, exact: true });
    const editTraining = async (value: (before: string) => string, reason: string) => {
      await page.goto(`/admin/partners/${SLUG}/edit`);
      const training = page.getByLabel("Intitulé", { exact: true }).first();
      const before = await training.inputValue();
      await training.fill(value(before));
      await page.getByLabel(/Motif de la modification/).fill(reason);
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await expect(page.getByRole("status").filter({ hasText: /Modifications enregistrées/ })).toBeVisible();
      return before;
    };

    const original = await editTraining((before) => `${before} ${word}`, "e2e: un mot nouveau");
    try {
      // The vocabulary is refreshed after the save's answer (lib/partners/search-words.ts): moments, not a restart.
      await expect(async () => {
        await page.goto(`/partners?q=${mistyped}`);
        await expect(suggestion).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await expect(page.getByText(new RegExp(`Vouliez-vous dire ${word} \\(1 partenaire\\) \\?`))).toBeVisible();
      await suggestion.click();
      await expect(page.getByRole("table", { name: "Partenaires correspondant aux filtres" }).locator(`a[href="/partners/${SLUG}"]`)).toBeVisible();
    } finally {
      await editTraining(() => original, "e2e: retour");
    }
    // Gone from the fiche, the word is offered no more.
    await expect(async () => {
      await page.goto(`/partners?q=${mistyped}`);
      await expect(page.getByRole("heading", { name: "Aucun partenaire ne correspond" })).toBeVisible({ timeout: 1_000 });
      await expect(page.getByText(/Vouliez-vous dire/)).toHaveCount(0);
    }).toPass({ timeout: 15_000 });
  });

  test("a stale form is refused and says what changed", async ({ browser, sessions }) => {
    const first = await signedInPage(browser, "admin", sessions);
    const second = await signedInPage(browser, "admin", sessions);
    await first.goto(`/admin/partners/${SLUG}/edit`);
    await second.goto(`/admin/partners/${SLUG}/edit`);

    await first.getByLabel("Coûts", { exact: true }).fill(`Coût modifié par le premier (${Date.now()})`);
    await first.getByRole("button", { name: "Enregistrer" }).click();
    await expect(first.getByRole("status").filter({ hasText: /Modifications enregistrées/ })).toBeVisible();

    await second.getByLabel("Défis", { exact: true }).fill("Saisie du second, ouverte avant");
    await second.getByRole("button", { name: "Enregistrer" }).click();
    await expect(second.getByRole("alert").filter({ hasText: /Enregistrement refusé/ })).toBeVisible();
    await expect(second.getByRole("region", { name: "Modifié entre-temps" })).toContainText("Coûts");
    await first.context().close();
    await second.context().close();
  });
});

test("non-admins are kept out of the admin pages", async ({ page }) => {
  await page.goto(`/admin/partners/${SLUG}/edit`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin/);
});
