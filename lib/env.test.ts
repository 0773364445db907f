import { describe, expect, it } from "vitest";
import { publicOrigin } from "./env";

describe("publicOrigin", () => {
  it("prefers PUBLIC_URL, then NEXTAUTH_URL, to the request's origin", () => {
    const request = "http://localhost:3000/api/v1/partners?format=csv";
    expect(publicOrigin(request, { PUBLIC_URL: "https://passerelle.example.org/", NEXTAUTH_URL: "https://auth.example.org" })).toBe(
      "https://passerelle.example.org",
    );
    expect(publicOrigin(request, { NEXTAUTH_URL: "https://passerelle.example.org" })).toBe("https://passerelle.example.org");
    expect(publicOrigin(request, {})).toBe("http://localhost:3000");
  });

  it("names a malformed setting", () => {
    expect(() => publicOrigin("http://localhost:3000/", { PUBLIC_URL: "passerelle" })).toThrow(/PUBLIC_URL/);
  });
});
