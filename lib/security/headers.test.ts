import { describe, expect, it } from "vitest";
import { securityHeaders } from "./headers";
import { clientIp } from "./client-ip";

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
});

describe("clientIp", () => {
  it("takes the first forwarded address, then X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
