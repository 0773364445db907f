import { actAs, expect, test, userOf } from "./fixtures";

/**
 * Issue 9, "Bad input answers 4xx, never 500": malformed addresses, forged
 * or oversized server-action posts, and the security headers on every kind
 * of path.
 */

test("a malformed address or search answers a clear 4xx, never a 500", async ({ request }) => {
  for (const path of ["/partners/%E2%82", "/donors/%E2%82"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toMatch(/Adresse invalide.*Bad address/s);
    // Answered by scripts/serve.mjs before Next: the site's security headers all the same, and a policy allowing nothing.
    expect(response.headers()).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "permissions-policy": expect.stringContaining("camera=()"),
      "cross-origin-opener-policy": "same-origin",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    });
  }
  for (const path of ["/api/v1/partners/%E2%82", "/api/v1/donors/%E2%82"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_parameter", param: "path" } });
  }
  // A NUL in a search box: PostgreSQL text cannot hold it; the page answers 400 and says why.
  const sources = await request.get("/sources?iq=%00");
  expect(sources.status()).toBe(400);
  expect(await sources.text()).toContain("caractère de contrôle");
  expect(sources.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a forged server-action post gets its proper status: 403 from another site, 413 over 1 MB, never a 500", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const crossSite = await request.post("/partners", {
    headers: { origin: "https://evil.example", "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toMatch(/autre site.*another site/s);

  const oversized = await request.post("/partners", {
    headers: { origin, "next-action": "0".repeat(42) },
    multipart: { field: "x".repeat(1024 * 1024 + 10) },
  });
  expect(oversized.status()).toBe(413);
  expect(await oversized.text()).toMatch(/1 Mo.*1 MB/s);
});

test("a no-JS post naming an admin action, without a valid session, changes nothing and is no 500", async ({ page, playwright, baseURL, sessions }) => {
  // The action's id as the admin's page gives it to its forms.
  await actAs(page, "admin", sessions);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/users/);
  const ids = [...(await page.content()).matchAll(/&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;|"id":"([0-9a-f]{40,})"/g)].map((m) => m[1] ?? m[2]);
  expect(ids.length).toBeGreaterThan(0);
  const target = userOf("officer");

  const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "passerelle.session=forged" } });
  for (const id of new Set(ids)) {
    const response = await anonymous.post("/admin/users", {
      headers: { origin: new URL(baseURL!).origin },
      multipart: { [`$ACTION_ID_${id}`]: "", userId: "1", version: "1", role: "admin", email: "intrus@example.org", active: "false" },
      maxRedirects: 0,
    });
    expect(response.status(), id).toBeLessThan(500);
  }
  await anonymous.dispose();
  // Nothing changed: the officer is still an officer, and no intruder account exists.
  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(target.email) });
  await expect(row).toContainText(/Agent|Officer/);
  await expect(page.getByText("intrus@example.org")).toHaveCount(0);
});

test("paths with a file extension carry the same security headers, and the site has a favicon", async ({ request }) => {
  for (const path of ["/partners/cfps.json", "/favicon.ico", "/partners"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
  }
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\//);
  const page = await (await request.get("/partners")).text();
  expect(page).toMatch(/<link rel="icon"[^>]+icon\.svg/);
});

test("next-auth's own endpoints set Secure cookies behind HTTPS, like the app's sign-in", async ({ request }) => {
  const plain = await request.get("/api/auth/csrf");
  expect(plain.headers()["set-cookie"]).not.toMatch(/;\s*secure/i);
  const behindTls = await request.get("/api/auth/csrf", { headers: { "x-forwarded-proto": "https" } });
  expect(behindTls.headers()["set-cookie"]).toMatch(/;\s*secure/i);
});
