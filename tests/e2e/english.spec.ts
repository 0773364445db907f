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
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/partners/i);
  const pages: Array<[string, RegExp]> = [
    ["/partners", /partners/i],
    ["/partners/cfp-missabougou", /Missabougou/],
    ["/donors", /Donors/],
    ["/donors/afd", /Agence Française de Développement/],
    ["/regions", /region/i],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await frenchWordsOnPage(page, FRENCH), path).toEqual([]);
  }
});
