import { describe, expect, it } from "vitest";
import { securityHeaderRules, securityHeaders } from "./headers.mjs";

const get = (list: Array<{ key: string; value: string }>, key: string) => list.find((h) => h.key === key)?.value;

describe("securityHeaders", () => {
  it("forbids framing and eval in production, with a strict referrer policy", () => {
    const prod = securityHeaders({ dev: false, https: true });
    const csp = get(prod, "Content-Security-Policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(get(prod, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(get(prod, "Strict-Transport-Security")).toMatch(/max-age=\d+/);
  });

  it("allows eval only in development, and no HSTS over plain HTTP", () => {
    const dev = securityHeaders({ dev: true, https: false });
    expect(get(dev, "Content-Security-Policy")).toContain("'unsafe-eval'");
    expect(get(dev, "Strict-Transport-Security")).toBeUndefined();
  });

  it("gives Next's headers() the same headers for every path, and HSTS only behind an HTTPS proxy", () => {
    const [all, https] = securityHeaderRules({ dev: false });
    expect(all).toEqual({ source: "/:path*", headers: securityHeaders({ dev: false, https: false }) });
    expect(https.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
    expect(https.headers).toEqual(securityHeaders({ dev: false, https: true }).filter((h) => h.key === "Strict-Transport-Security"));
  });
});
