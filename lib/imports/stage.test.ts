import { describe, expect, it } from "vitest";
import { reviewUrl } from "./stage";

describe("reviewUrl", () => {
  it("links to the review on the site's public origin, else on this machine's port", () => {
    expect(reviewUrl(7, { PUBLIC_URL: "https://passerelle.example.org/", NEXTAUTH_URL: "https://auth.example.org" })).toBe(
      "https://passerelle.example.org/admin/imports/7",
    );
    expect(reviewUrl(7, { NEXTAUTH_URL: "https://passerelle.example.org/" })).toBe("https://passerelle.example.org/admin/imports/7");
    expect(reviewUrl(7, { PORT: "3200" })).toBe("http://localhost:3200/admin/imports/7");
    expect(reviewUrl(7, {})).toBe("http://localhost:3000/admin/imports/7");
  });

  it("names a malformed setting", () => {
    expect(() => reviewUrl(7, { PORT: "web" })).toThrow(/PORT/);
  });
});
