import { describe, expect, it } from "vitest";
import { scriptSources } from "./bundle";

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
