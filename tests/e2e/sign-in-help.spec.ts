import { readFileSync } from "node:fs";
import { actAs, expect, signInWithForm, test } from "./fixtures";

/**
 * Issue 12's small things around signing in: a refused sign-in keeps the
 * address typed, the page says how to get a new password, and someone signed
 * in with a one-time password is asked to choose their own, not to sign in.
 */
const SLUG = process.env.E2E_EDIT_SLUG ?? "cfps";

test("a refused sign-in keeps the e-mail address, and the page says how to get a password reset", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Mot de passe oublié ?" })).toBeVisible();
  await expect(page.getByText(/administrateur.*mot de passe à usage unique/)).toBeVisible();
  const email = `someone-${Date.now()}@example.org`;
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/mot de passe/i).fill("not-the-password");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("#main").getByRole("alert")).toContainText("incorrect");
  await expect(page.getByLabel(/e-mail/i)).toHaveValue(email);
  await expect(page.getByLabel(/mot de passe/i)).toHaveValue("");
});

test("someone on a one-time password is asked to choose their own, never to sign in", async ({ page, browser, sessions }) => {
  // An admin creates an account: it gets a one-time password.
  await actAs(page, "admin", sessions);
  await page.goto("/admin/users");
  const email = `otp-${Date.now()}@passerelle.test`;
  const create = page.locator("form", { has: page.getByRole("button", { name: "Créer" }) });
  await create.getByLabel("E-mail").fill(email);
  await create.getByLabel("Rôle").selectOption("analyst");
  await create.getByRole("button", { name: "Créer" }).click();
  const password = (await page.getByTestId("one-time-password").innerText()).trim();

  const context = await browser.newContext({ locale: "fr-FR" });
  const newcomer = await context.newPage();
  // The newcomer signs in through the form: that is what is tested.
  await signInWithForm(newcomer, { email, password });
  await expect(newcomer).toHaveURL(/\/account\/password/);
  await newcomer.goto(`/partners/${SLUG}`);
  // The header says so too, in the warning colour rather than the other links' grey.
  const reminder = newcomer.getByRole("banner").getByRole("link", { name: "Choisir un mot de passe" });
  const colour = (link: typeof reminder) => link.evaluate((el) => getComputedStyle(el).color);
  expect(await colour(reminder)).not.toBe(await colour(newcomer.getByRole("banner").getByRole("link", { name: "Partenaires", exact: true })));
  const contacts = newcomer.getByRole("region", { name: "Contacts" });
  await expect(contacts.getByRole("link", { name: "Choisissez votre propre mot de passe pour voir les contacts" })).toHaveAttribute(
    "href",
    "/account/password",
  );
  await expect(newcomer.getByText(/Connectez-vous/)).toHaveCount(0);
  await context.close();
});

test("an analyst downloads the view's contacts, one per row, phones without an apostrophe", async ({ page, sessions }) => {
  await actAs(page, "analyst", sessions);
  await page.goto("/partners?region=kayes");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /un contact par ligne/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv).toContain("Téléphone (phone.number)");
  // Phone cells as the fiche writes them ("+223 66 …", "66.12.34.56"), never behind an apostrophe.
  expect(csv).toMatch(/,"?\+?\d{2,3}[\s.]\d{2}/);
  expect(csv).not.toMatch(/(^|,)"?'[+\d]/m);
});
