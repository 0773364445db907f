import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "./lib/auth/cookie-name";
import { securityHeaders } from "./lib/security/headers";

/**
 * Navigation only (issue 4, "Security"): security headers on every page and
 * API answer, and a visitor without a session cookie going to /admin or
 * /account is sent to the sign-in page. The real checks are in each page,
 * action and route handler (lib/auth/guards.ts, lib/auth/action/guard.ts).
 */
const PROTECTED = ["/admin", "/account"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const needsSession = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const response =
    needsSession && !request.cookies.has(SESSION_COOKIE)
      ? NextResponse.redirect(new URL(`/signin?callbackUrl=${encodeURIComponent(pathname + search)}`, request.url))
      : NextResponse.next();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  for (const { key, value } of securityHeaders({ dev: process.env.NODE_ENV === "development", https })) {
    response.headers.set(key, value);
  }
  return response;
}

export const config = {
  // Not for build assets and public files: they need no policy, and the
  // benchmark's static-file floor must not pay for this function.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|map|txt|geojson|json)$).*)"],
};
