import { describe, expect, it } from "vitest";
import { formatJavaScript, scriptSources, type BundleSize } from "./bundle";

describe("scriptSources", () => {
  it("collects each external module script once, in order, ignoring inline and nomodule ones", () => {
    const html = `<head><script src="/_next/static/chunks/a.js" async=""></script>
      <script>self.__next_f.push([1,"x"])</script>
      <script async src="/_next/static/chunks/b.js?dpl=1&amp;v=2"></script>
      <script src="/_next/static/chunks/a.js"></script>
      <script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>`;
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?dpl=1&v=2"]);
  });
});

const size = (path: string, gzip: number): BundleSize => ({
  path,
  scripts: [{ src: "/_next/static/chunks/a.js", bytes: gzip * 3, gzip }],
  totalBytes: gzip * 3,
  totalGzip: gzip,
  totalGzipDefault: gzip + 1000,
});

describe("formatJavaScript", () => {
  it("prints the floor app's page beside the list's, and what the directory adds to it", () => {
    const lines = formatJavaScript(size("/partners?q=x", 142_200), size("/partners?region=Kayes", 120_000));
    expect(lines[0]).toContain("list page JavaScript /partners?q=x: 1 scripts, 426.6 kB raw, 142.2 kB gzip -9");
    expect(lines[1]).toContain("floor page JavaScript /partners?region=Kayes: 1 scripts, 360.0 kB raw, 120.0 kB gzip -9");
    expect(lines[2]).toBe("the directory ships 22.2 kB gzip more than the floor (1.19x)");
  });

  it("prints what was measured when one side is missing", () => {
    expect(formatJavaScript(size("/partners", 100_000), null)).toHaveLength(1);
    expect(formatJavaScript(null, size("/floor", 90_000))[0]).toMatch(/^floor page JavaScript/);
  });
});
