import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "./lib/auth/cookie-name";
import { refuseActionPost } from "./lib/security/action-requests";
import { securityHeaders } from "./lib/security/headers";

/**
 * Navigation only (issue 4, "Security"): security headers on every page and
 * API answer, server-action posts from another origin or over 1 MB refused
 * with their proper status (lib/security/action-requests.ts), and a visitor
 * without a session cookie going to /admin or /account is sent to the sign-in page. The real checks are in each page,
 * action and route handler (lib/auth/guards.ts, lib/auth/action/guard.ts).
 */
const PROTECTED = ["/admin", "/account"];

function respond(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const refusal = refuseActionPost({ method: request.method, pathname, headers: request.headers });
  if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  const needsSession = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  return needsSession && !request.cookies.has(SESSION_COOKIE)
    ? NextResponse.redirect(new URL(`/signin?callbackUrl=${encodeURIComponent(pathname + search)}`, request.url))
    : NextResponse.next();
}

export function proxy(request: NextRequest) {
  const response = respond(request);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  for (const { key, value } of securityHeaders({ dev: process.env.NODE_ENV === "development", https })) {
    response.headers.set(key, value);
  }
  return response;
}

export const config = {
  // Every path, file extensions included (issue 9: /partners/cfps.json and
  // /favicon.ico had no headers); only Next's hashed build assets are left out.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
