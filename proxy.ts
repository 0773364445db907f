import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "./lib/auth/cookie-name";
import { refuseActionPost } from "./lib/security/action-requests";
import { securityHeaders } from "./lib/security/headers";
import { badRequestHtml, type BadRequestPage } from "./lib/http/bad-request-page";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "./lib/i18n/config";
import { sourcesBadRequest } from "./lib/sources/bad-request";
import { legacySourcesHref, parseSourcesParams } from "./lib/sources/schemas";

/**
 * Navigation only (issue 4, "Security"): security headers on every page and
 * API answer, server-action posts from another origin or over 1 MB refused
 * with their proper status (lib/security/action-requests.ts), and a visitor
 * without a session cookie going to /admin or /account is sent to the sign-in page. The real checks are in each page,
 * action and route handler (lib/auth/guards.ts, lib/auth/action/guard.ts).
 */
const PROTECTED = ["/admin", "/account"];

/**
 * Pages whose URL parameters are checked here, because Next.js gives a page no
 * way to set its status: a link of an older form redirects (308) to today's, and
 * a value that cannot be read is answered with a 400 naming it, in the visitor's
 * language, with a link to the view without it (issue 11; issue 9 for /sources?iq=%00).
 */
const CHECKED_QUERIES: Record<string, (params: URLSearchParams, locale: Locale) => { redirect: string } | BadRequestPage | null> = {
  "/sources": (params, locale) => {
    const legacy = legacySourcesHref(params);
    if (legacy) return { redirect: legacy };
    const { data, errors } = parseSourcesParams(params);
    return errors.length > 0 ? sourcesBadRequest(locale, data, errors) : null;
  },
};

function localeOf(request: NextRequest): Locale {
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}

function respond(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const refusal = refuseActionPost({ method: request.method, pathname, headers: request.headers });
  if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  const check = request.method === "GET" || request.method === "HEAD" ? CHECKED_QUERIES[pathname] : undefined;
  const checked = check?.(request.nextUrl.searchParams, localeOf(request));
  if (checked && "redirect" in checked) return NextResponse.redirect(new URL(checked.redirect, request.url), 308);
  if (checked) return new NextResponse(badRequestHtml(checked), { status: 400, headers: { "content-type": "text/html; charset=utf-8" } });
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
