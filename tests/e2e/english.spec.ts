import { expect, test } from "@playwright/test";
import { frenchInterfaceWords, frenchWordsOnPage } from "./support/french-words";

/**
 * Issue 12, "English, fully": in English, no word of the French interface is
 * left outside the report's own text (marked lang="fr"). The words come from
 * the messages files (tests/e2e/support/french-words.ts).
 */
const FRENCH = frenchInterfaceWords();

test("the word list is the French interface's, not English's", () => {
  for (const word of ["partenaires", "capacité", "bailleurs", "apprenants", "exporter"]) expect(FRENCH.has(word), word).toBe(true);
  for (const word of ["partners", "capacity", "via", "bamako"]) expect(FRENCH.has(word), word).toBe(false);
});

test("the list, a fiche, the donors, a donor and the regions show no French interface word in English", async ({ page }) => {
  test.slow(); // five pages, each scanned whole
  await page.goto("/partners");
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/partners$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/partners/i);
  const pages: Array<[string, RegExp]> = [
    ["/en/partners", /partners/i],
    ["/en/partners/cfp-missabougou", /Missabougou/],
    ["/en/donors", /Donors/],
    ["/en/donors/afd", /Agence Française de Développement/],
    ["/en/regions", /region/i],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await frenchWordsOnPage(page, FRENCH), path).toEqual([]);
  }
});

test("the language is in the URL: a shared English link opens in English, and its links stay English", async ({ browser }) => {
  // A French browser that has never been here: the link, not the browser, decides.
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/en/partners?region=kayes");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partners");
  await expect(page.getByRole("link", { name: "English", exact: true })).toHaveAttribute("aria-current", "true");
  // The filters, the fiche links and the exports keep the language.
  const first = page.locator("table tbody a").first();
  await expect(first).toHaveAttribute("href", /^\/en\/partners\/[a-z0-9-]+$/);
  await expect(page.getByRole("link", { name: /CSV/ }).first()).toHaveAttribute("href", /lang=en/);
  await page.getByRole("checkbox", { name: /Ségou/ }).first().check();
  await expect(page).toHaveURL(/\/en\/partners\?.*region=segou/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await first.click();
  await expect(page).toHaveURL(/\/en\/partners\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { name: "Key facts" })).toBeVisible();

  // The switcher keeps the page and its query; French is the plain path.
  await page.goto("/en/partners?region=kayes&sort=-capacity");
  await page.getByRole("link", { name: "Français", exact: true }).click();
  await expect(page).toHaveURL(/\/partners\?region=kayes&sort=-capacity$/);
  expect(new URL(page.url()).pathname).toBe("/partners");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partenaires");
  // A plain (French) link stays French for someone who has chosen a language.
  await page.goto("/donors");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();

  // Another French browser on the plain path gets French, though the English page of the same view was just served (and kept, lib/cache/page-cache.mjs).
  const newcomer = await browser.newContext({ locale: "fr-FR" });
  const plain = await newcomer.newPage();
  await plain.goto("/partners?region=kayes");
  await expect(plain.locator("html")).toHaveAttribute("lang", "fr");
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Partenaires");
  await newcomer.close();
});

test("a first visit follows the browser's language; the choice is then kept", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/regions");
  await expect(page).toHaveURL(/\/en\/regions$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The reader chooses French: it sticks, a plain link is no longer sent to English.
  await page.getByRole("link", { name: "Français", exact: true }).click();
  await expect(page).toHaveURL(/\/regions$/);
  expect(new URL(page.url()).pathname).toBe("/regions");
  await page.goto("/donors");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();

  // A French browser's first visit stays on the plain French path.
  const french = await browser.newContext({ locale: "fr-FR" });
  const other = await french.newPage();
  await other.goto("/regions");
  expect(new URL(other.url()).pathname).toBe("/regions");
  await expect(other.locator("html")).toHaveAttribute("lang", "fr");
  await french.close();
});

test("an English page's sign-in brings the reader back to the English page", async ({ page }) => {
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=%2Fen%2Fadmin/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
