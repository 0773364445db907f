import { expect, test } from "@playwright/test";
import { signInWithForm as signIn, userOf } from "./fixtures";
import { credentialsSignIn, fromAddress } from "./support/from-address";

/**
 * Issue 9, "Sign-in and sessions": no open redirect after signing in, an
 * attacker cannot pick the address they are counted under nor keep the owner
 * out, and signing out ends the session on the server.
 */
const OFFICER = userOf("officer");
const ANALYST = userOf("analyst");
// The sign-in form itself, never a stored session: these stories are about signing in and out.

test("a sign-in link naming another site lands on this one", async ({ page, baseURL }) => {
  // A tab (%09) or a newline: browsers drop them, and "/\t/evil.example/" becomes "//evil.example/".
  await page.goto("/signin?callbackUrl=/%09/evil.example/");
  await page.getByLabel(/e-mail/i).fill(ANALYST.email);
  await page.getByLabel(/mot de passe|password/i).fill(ANALYST.password);
  await page.getByRole("button", { name: /se connecter|sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  await expect(page).toHaveURL(/\/partners$/);

  for (const path of ["/signin?callbackUrl=%2F%0A%2Fx", "/api/auth/signin?callbackUrl=%2F%0A%2Fx", "/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example%2F"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers().location ?? "", path).not.toMatch(/evil\.example|%0A|\n/i);
  }
});

test("guessing from another address neither escapes the limit by X-Forwarded-For nor keeps the owner out", async ({ page, baseURL }) => {
  test.slow(); // one bcrypt comparison per attempt
  const attacker = fromAddress(baseURL!, "127.0.0.2");
  for (let i = 0; i < 5; i++) {
    // A different forged X-Forwarded-For each time: ignored, the socket address counts.
    expect(await credentialsSignIn(attacker, OFFICER.email, `guess-${i}-xxxxxx`, { "x-forwarded-for": `203.0.113.${i + 1}` })).toBe(false);
  }
  // The right password from the attacker's address, under yet another forged address: locked.
  expect(await credentialsSignIn(attacker, OFFICER.email, OFFICER.password, { "x-forwarded-for": "198.51.100.99" })).toBe(false);

  // The owner, from their own address, signs in at once.
  await signIn(page, OFFICER);
  await expect(page.getByRole("navigation", { name: /compte|account/i })).toContainText(OFFICER.email);
});

test("signing out ends the session on the server: the old token no longer opens anything", async ({ page, playwright, baseURL, context }) => {
  await signIn(page, ANALYST, "/account");
  await expect(page).toHaveURL(/\/account$/);
  const token = (await context.cookies()).find((c) => c.name === "passerelle.session")!.value;

  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `passerelle.session=${token}` } });
  expect((await replay.get("/account", { maxRedirects: 0 })).status()).toBe(200);

  await page.getByRole("button", { name: /se déconnecter|sign out/i }).click();
  await expect(page).toHaveURL(/\/partners/);
  // The same token, copied before signing out, is now refused.
  const after = await replay.get("/account", { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers().location).toMatch(/\/signin/);
  await replay.dispose();
});
