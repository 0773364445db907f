import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnPath("/admin/partners/cfps/edit")).toBe("/admin/partners/cfps/edit");
    expect(safeReturnPath("/partners?region=kayes&q=menuiserie")).toBe("/partners?region=kayes&q=menuiserie");
  });

  it("refuses every way of naming another origin, falling back to the directory", () => {
    for (const bad of [
      "/\t/evil.example/", // callbackUrl=/%09/evil.example/ once decoded: a browser drops the tab
      "/\n/x",
      "/\r\n/evil.example",
      "/\u0000/evil.example",
      "//evil.example/",
      "/\\evil.example",
      "\\\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " /partners",
      "",
      "partners",
      42,
      undefined,
    ]) {
      expect(safeReturnPath(bad), JSON.stringify(bad)).toBe("/partners");
    }
  });
});
