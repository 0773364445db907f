import { readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { seededReport } from "../fixtures/edited-edition";
import { VIEWPORTS, expectNoSeriousAxeViolations } from "./axe";
import { actAs, expect, test, type Role } from "./fixtures";

/**
 * Issue 12, "Done when": axe finds no serious or critical violation on any
 * page at either width. Every page of app/ is listed here with the address
 * and the role that shows it, and a test checks the list against app/'s
 * page files, so a new page cannot be left out.
 */
interface Visit {
  /** The route as app/ spells it (route groups dropped). */
  route: string;
  /** Who looks at it: null for an anonymous visitor. */
  role: Role | null;
  /** The address; a function for one that needs something looked up first. */
  url: string | ((page: Page) => Promise<string>);
  /** What the page shows, to be sure axe ran on the page and not on an error. */
  heading: RegExp;
}

const FICHE = "cfp-missabougou";

async function firstLinkUnder(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${listPath}`).toBeTruthy();
  return href!;
}

/** Stages the report as it is (nothing changes) and gives its review page; discarded in afterAll. */
let stagedReview: string | null = null;
async function stagedImport(page: Page): Promise<string> {
  if (stagedReview) return stagedReview;
  await page.goto("/admin/imports");
  await page.getByLabel("Fichier texte du rapport").setInputFiles({
    name: "cartographie-axe.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(seededReport().text, "utf8"),
  });
  await page.getByRole("button", { name: "Comparer au répertoire" }).click();
  await page.waitForURL(/\/admin\/imports\/\d+$/);
  stagedReview = new URL(page.url()).pathname;
  return stagedReview;
}

const VISITS: Visit[] = [
  { route: "/", role: null, url: "/", heading: /Partenaires/ },
  { route: "/partners", role: null, url: "/partners?q=formation&region=kayes", heading: /Partenaires/ },
  { route: "/partners/[slug]", role: null, url: `/partners/${FICHE}`, heading: /Missabougou/ },
  { route: "/partners/[slug]/original", role: null, url: `/partners/${FICHE}/original`, heading: /Missabougou|cartographie/i },
  { route: "/partners/[slug]/suggest", role: "officer", url: `/partners/${FICHE}/suggest?field=capacities.absorption`, heading: /Suggérer une correction/ },
  { route: "/donors", role: null, url: "/donors", heading: /Bailleurs/ },
  { route: "/donors/[slug]", role: null, url: "/donors/afd", heading: /Agence Française de Développement/ },
  { route: "/funders", role: null, url: "/funders", heading: /Qui finance/ },
  { route: "/funders/[slug]", role: null, url: (page) => firstLinkUnder(page, "/funders", /^\/funders\/[a-z0-9-]+$/), heading: /./ },
  { route: "/regions", role: null, url: "/regions", heading: /[Rr]égion/ },
  { route: "/compare", role: null, url: `/compare?partners=${FICHE},bnda`, heading: /Comparer/ },
  { route: "/sources", role: null, url: "/sources", heading: /Sources/ },
  { route: "/api-docs", role: null, url: "/api-docs", heading: /API/ },
  { route: "/about", role: null, url: "/about", heading: /./ },
  { route: "/signin", role: null, url: "/signin", heading: /Connexion/ },
  { route: "/account", role: "officer", url: "/account", heading: /Mon compte/ },
  { route: "/account/password", role: "officer", url: "/account/password", heading: /Changer de mot de passe/ },
  { route: "/admin", role: "admin", url: "/admin", heading: /Administration/ },
  { route: "/admin/users", role: "admin", url: "/admin/users", heading: /Comptes/ },
  { route: "/admin/suggestions", role: "admin", url: "/admin/suggestions", heading: /Suggestions de correction/ },
  { route: "/admin/imports", role: "admin", url: "/admin/imports", heading: /./ },
  { route: "/admin/imports/[id]", role: "admin", url: stagedImport, heading: /./ },
  { route: "/admin/partners/new", role: "admin", url: "/admin/partners/new", heading: /./ },
  { route: "/admin/partners/[slug]/edit", role: "admin", url: `/admin/partners/${FICHE}/edit`, heading: /Modifier/ },
  { route: "/admin/partners/[slug]/history", role: "admin", url: `/admin/partners/${FICHE}/history`, heading: /Historique/ },
  { route: "/admin/partners/[slug]/verify", role: "admin", url: `/admin/partners/${FICHE}/verify`, heading: /Marquer vérifiée/ },
];

/** Every page.tsx under app/, as its route. */
function appRoutes(): string[] {
  const root = path.join(process.cwd(), "app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx") {
        const segments = path.relative(root, dir).split(path.sep).filter((s) => s !== "" && !/^\(.*\)$/.test(s));
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

test("the accessibility sweep lists every page of the app", () => {
  expect(VISITS.map((v) => v.route).sort()).toEqual(appRoutes());
});

test.afterAll(async ({ browser, sessions }) => {
  if (!stagedReview) return;
  // Leave no staged import behind for the other stories.
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await actAs(page, "admin", sessions);
  await page.goto(stagedReview);
  const discard = page.getByRole("button", { name: "Écarter cette édition" });
  if (await discard.count()) {
    await discard.first().click();
    await page.waitForURL(/\/admin\/imports$/);
  }
  await context.close();
});

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const role of [null, "officer", "admin"] as const) {
      const visits = VISITS.filter((v) => v.role === role);
      test(`every ${role ?? "public"} page passes axe (${visits.length} pages)`, async ({ page, sessions }) => {
        test.slow();
        if (role) await actAs(page, role, sessions);
        for (const visit of visits) {
          const url = typeof visit.url === "string" ? visit.url : await visit.url(page);
          const response = await page.goto(url);
          expect(response?.status(), url).toBeLessThan(400);
          await expect(page.getByRole("heading", { level: 1 }).first(), url).toContainText(visit.heading);
          await test.step(url, () => expectNoSeriousAxeViolations(page));
        }
      });
    }
  });
}
