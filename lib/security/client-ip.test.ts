import { describe, expect, it } from "vitest";
import { PEER_HEADER, clientIp, parseTrustedProxies } from "./client-ip";

const none = parseTrustedProxies(undefined);

describe("clientIp", () => {
  it("is the socket's address when no proxy is configured, whatever X-Forwarded-For claims", () => {
    const h = new Headers({ [PEER_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10" });
    expect(clientIp(h, none)).toBe("198.51.100.7");
    expect(clientIp(new Headers({ [PEER_HEADER]: "::ffff:198.51.100.7" }), none)).toBe("198.51.100.7");
  });

  it("reads X-Forwarded-For from the right when the socket is a trusted proxy, ignoring the client's own claims", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.4");
    // client claims 1.2.3.4; the proxy appended the real address 203.0.113.9.
    const h = new Headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "1.2.3.4, 203.0.113.9, 192.168.1.4" });
    expect(clientIp(h, trusted)).toBe("203.0.113.9");
    // A request from outside the proxies: the socket, not the header.
    expect(clientIp(new Headers({ [PEER_HEADER]: "203.0.113.50", "x-forwarded-for": "1.2.3.4" }), trusted)).toBe("203.0.113.50");
  });

  it("says 'unknown' without our server's socket header, and refuses a malformed TRUSTED_PROXIES", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }), none)).toBe("unknown");
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/TRUSTED_PROXIES/);
  });
});
