import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { E2E_USERS, type E2EUser } from "./users";

/**
 * One way to be signed in for the stories (issue 11; dub `storageState`, epic
 * `playwright-utils`): each role signs in once per worker, through the real
 * sign-in form, and its session (the cookie) is stored and reused by every
 * story that only needs to be signed in.
 *
 *   test.use({ signedInAs: "admin" });          // `page` and `context` are that role's
 *   const page = await signedInPage(browser, "officer", sessions);  // a second session in one story
 *   await actAs(page, "admin", sessions);       // the same page, now as another role
 *
 * Signing out revokes the session on the server (issue 9): a story that signs
 * out, or that tests the sign-in itself, signs in with `signInWithForm` and
 * never uses a stored session.
 */
export type Role = E2EUser["role"];

export const userOf = (role: Role): E2EUser => E2E_USERS.find((u) => u.role === role)!;

/** Through the sign-in form, as a person would; waits until the form has sent the browser on to `callbackUrl`. */
export async function signInWithForm(page: Page, user: { email: string; password: string }, callbackUrl = "/partners") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel(/e-mail/i).fill(user.email);
  await page.getByLabel(/mot de passe|password/i).fill(user.password);
  await page.getByRole("button", { name: /se connecter|sign in/i }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** The stored session of each role, made on first use in this worker. */
export type Sessions = (role: Role) => Promise<string>;

/** A fresh context signed in as `role` (its stored session), with a page open on nothing yet. */
export async function signedInPage(browser: Browser, role: Role, sessions: Sessions, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR", ...options, storageState: await sessions(role) });
  return context.newPage();
}

/** The page's browser now carries `role`'s stored session instead of whatever it had (none: `clearCookies`). */
export async function actAs(page: Page, role: Role, sessions: Sessions): Promise<void> {
  const { cookies } = JSON.parse(readFileSync(await sessions(role), "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await page.context().clearCookies();
  await page.context().addCookies(cookies);
}

export const test = base.extend<{ signedInAs: Role | null }, { sessions: Sessions }>({
  signedInAs: [null, { option: true }],
  sessions: [
    async ({ browser }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const dir = path.join(workerInfo.project.outputDir, ".sessions", String(workerInfo.workerIndex));
      mkdirSync(dir, { recursive: true });
      const made = new Map<Role, Promise<string>>();
      const make = async (role: Role) => {
        const context = await browser.newContext({ baseURL, locale: "fr-FR" });
        const page = await context.newPage();
        await signInWithForm(page, userOf(role));
        const file = path.join(dir, `${role}.json`);
        await context.storageState({ path: file });
        await context.close();
        return file;
      };
      await provide((role) => {
        if (!made.has(role)) made.set(role, make(role));
        return made.get(role)!;
      });
    },
    { scope: "worker" },
  ],
  // Playwright's fixture callback is named `provide` here: eslint's React rules take `use` for React's hook.
  storageState: async ({ signedInAs, sessions, storageState }, provide) => {
    await provide(signedInAs ? await sessions(signedInAs) : storageState);
  },
});

export { expect };
