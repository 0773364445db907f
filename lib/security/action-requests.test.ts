import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, refuseActionPost } from "./action-requests";

const post = (headers: Record<string, string>, pathname = "/admin/users") => ({ method: "POST", pathname, headers: new Headers(headers) });

describe("refuseActionPost", () => {
  it("lets a same-origin form post of a normal size through", () => {
    expect(refuseActionPost(post({ host: "passerelle.example", origin: "https://passerelle.example", "content-length": "2048" }))).toBeNull();
    expect(refuseActionPost({ method: "GET", pathname: "/partners", headers: new Headers({ origin: "https://evil.example" }) })).toBeNull();
    // next-auth's endpoints are route handlers with their own CSRF token.
    expect(refuseActionPost(post({ host: "a", origin: "https://b" }, "/api/auth/callback/credentials"))).toBeNull();
  });

  it("refuses another origin (403), an oversized body (413) and a body of unknown length (411)", () => {
    expect(refuseActionPost(post({ host: "passerelle.example", origin: "https://evil.example", "content-length": "10" }))?.status).toBe(403);
    expect(refuseActionPost(post({ host: "passerelle.example", origin: "null", "content-length": "10" }))?.status).toBe(403);
    expect(refuseActionPost(post({ host: "passerelle.example", origin: "https://passerelle.example", "content-length": String(ACTION_BODY_LIMIT + 1) }))?.status).toBe(413);
    expect(refuseActionPost(post({ host: "passerelle.example", "transfer-encoding": "chunked" }))?.status).toBe(411);
  });
});
