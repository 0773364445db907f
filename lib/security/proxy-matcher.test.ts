import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { config } from "@/proxy";

/** Whether Next.js runs proxy.ts for this request (Next's own matcher code, as the server uses it). */
function runs(url: string, { headers = {}, cookies = {} }: { headers?: Record<string, string>; cookies?: Record<string, string> } = {}) {
  return unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}`, headers, cookies });
}
const french = { [LOCALE_COOKIE]: "fr" };

describe("proxy.ts runs only where it has something to do (its matcher)", () => {
  it("skips a returning French visitor's plain reads: pages, the API, files", () => {
    for (const url of ["/", "/partners", "/partners?q=formation&region=kayes", "/partners/agrivision-sahel", "/donors", "/api/v1/partners?region=kayes", "/favicon.ico"]) {
      expect(runs(url, { cookies: french }), url).toBe(false);
    }
  });

  it("runs on a first visit and for English, to negotiate, remember or rewrite the language", () => {
    expect(runs("/partners")).toBe(true);
    expect(runs("/partners", { cookies: { [LOCALE_COOKIE]: "en" } })).toBe(true);
    // The cookie's value is matched whole.
    expect(runs("/partners", { cookies: { [LOCALE_COOKIE]: "fr-x" } })).toBe(true);
    for (const url of ["/en", "/en/partners", "/en/partners/agrivision-sahel", "/fr", "/fr/partners"]) expect(runs(url, { cookies: french }), url).toBe(true);
  });

  it("runs for every request with a body or from a page, so that each form and server-action post is checked", () => {
    const posts: Record<string, string>[] = [{ "content-length": "12" }, { "transfer-encoding": "chunked" }, { origin: "https://elsewhere.example" }, { "next-action": "abc" }];
    for (const headers of posts) {
      expect(runs("/partners/agrivision-sahel/suggest", { headers, cookies: french }), JSON.stringify(headers)).toBe(true);
    }
  });

  it("runs for an export's language, the checked parameters of /sources and the signed-in areas", () => {
    for (const url of ["/api/v1/partners?format=csv&lang=en", "/sources", "/sources?iq=x", "/admin", "/admin/partners", "/account", "/account/password"]) {
      expect(runs(url, { cookies: french }), url).toBe(true);
    }
  });

  it("never runs for Next's hashed build assets", () => {
    expect(runs("/_next/static/chunks/app.js")).toBe(false);
  });
});
