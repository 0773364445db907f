import { describe, expect, it } from "vitest";
import { isLocaleFree, localizeHref, negotiateLocale, splitLocale, switchLocaleHref } from "./routing";

describe("splitLocale", () => {
  it("reads a locale prefix and gives the path without it", () => {
    expect(splitLocale("/en/partners/cfps")).toEqual({ locale: "en", path: "/partners/cfps" });
    expect(splitLocale("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/fr/sources")).toEqual({ locale: "fr", path: "/sources" });
  });

  it("leaves plain paths, unknown languages and look-alike segments alone", () => {
    expect(splitLocale("/partners")).toEqual({ locale: null, path: "/partners" });
    expect(splitLocale("/de/partners")).toEqual({ locale: null, path: "/de/partners" });
    expect(splitLocale("/enquete")).toEqual({ locale: null, path: "/enquete" });
    expect(splitLocale("/")).toEqual({ locale: null, path: "/" });
  });
});

describe("localizeHref", () => {
  it("prefixes English paths, keeping query and fragment", () => {
    expect(localizeHref("en", "/partners?region=kayes&page=2#results")).toBe("/en/partners?region=kayes&page=2#results");
    expect(localizeHref("en", "/")).toBe("/en");
    expect(localizeHref("en", "/?q=x")).toBe("/en?q=x");
  });

  it("keeps French paths plain and strips a prefix already there", () => {
    expect(localizeHref("fr", "/partners?q=formation")).toBe("/partners?q=formation");
    expect(localizeHref("fr", "/en/partners/cfps")).toBe("/partners/cfps");
    expect(localizeHref("en", "/en/partners")).toBe("/en/partners");
  });

  it("leaves what is not a page of the site as it is", () => {
    expect(localizeHref("en", "/api/v1/partners?format=csv")).toBe("/api/v1/partners?format=csv");
    expect(localizeHref("en", "https://example.org/x")).toBe("https://example.org/x");
    expect(localizeHref("en", "//evil.example/x")).toBe("//evil.example/x");
    expect(localizeHref("en", "#results")).toBe("#results");
    expect(localizeHref("en", "mailto:a@b.ml")).toBe("mailto:a@b.ml");
    expect(localizeHref("en", "/icon.svg")).toBe("/icon.svg");
  });
});

describe("switchLocaleHref", () => {
  it("goes to English under /en and to French through /fr, path and query kept", () => {
    expect(switchLocaleHref("en", "/partners?region=kayes")).toBe("/en/partners?region=kayes");
    expect(switchLocaleHref("fr", "/partners?region=kayes")).toBe("/fr/partners?region=kayes");
    expect(switchLocaleHref("fr", "/")).toBe("/fr");
    expect(switchLocaleHref("fr", "/?q=x")).toBe("/fr?q=x");
  });
});

describe("negotiateLocale", () => {
  it("takes the browser's preferred language among ours", () => {
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(negotiateLocale("de-DE,en;q=0.5,fr;q=0.7")).toBe("fr");
    expect(negotiateLocale("bm,en;q=0.3")).toBe("en");
  });

  it("falls back to French when none of ours is named or the header is unreadable", () => {
    expect(negotiateLocale(null)).toBe("fr");
    expect(negotiateLocale("")).toBe("fr");
    expect(negotiateLocale("de,es")).toBe("fr");
    expect(negotiateLocale("en;q=abc")).toBe("fr");
    expect(negotiateLocale("en;q=0")).toBe("fr");
    expect(negotiateLocale(";;,,")).toBe("fr");
  });
});

describe("isLocaleFree", () => {
  it("names the API and files, not pages", () => {
    expect(isLocaleFree("/api/v1/partners")).toBe(true);
    expect(isLocaleFree("/favicon.ico")).toBe(true);
    expect(isLocaleFree("/partners")).toBe(false);
    expect(isLocaleFree("/partners/cfps")).toBe(false);
  });
});
