import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "./lib/auth/cookie-name";
import { signInHref } from "./lib/auth/return-path";
import { refuseActionPost } from "./lib/security/action-requests";
import { securityHeaders } from "./lib/security/headers.mjs";
import { badRequestHtml, type BadRequestPage } from "./lib/http/bad-request-page";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "./lib/i18n/config";
import { LOCALE_HEADER, PATH_HEADER, isLocaleFree, localizeHref, negotiateLocale, splitLocale } from "./lib/i18n/routing";
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

const YEAR = 60 * 60 * 24 * 365;

/**
 * Where a request's language comes from (issue 12; lib/i18n/routing.ts): the
 * URL (/en/… is English, a plain path French), the `lang` parameter of an API
 * export, and on a first visit (no language cookie) to a plain page the
 * browser's Accept-Language, by a redirect so that the URL shows it.
 */
type LocaleStep =
  | { kind: "redirect"; to: string; remember: Locale }
  | { kind: "serve"; locale: Locale; path: string; rewrite: boolean; remember: Locale | null };

function cookieLocale(request: NextRequest): Locale | null {
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : null;
}

const isRead = (request: NextRequest) => request.method === "GET" || request.method === "HEAD";

/** A browser's navigation to a page (not a fetch of its data, an asset or a form post). */
function isDocumentRequest(request: NextRequest): boolean {
  return (
    isRead(request) &&
    !request.headers.has("rsc") &&
    !request.headers.has("next-action") &&
    (request.headers.get("accept") ?? "").includes("text/html")
  );
}

function localeStep(request: NextRequest): LocaleStep {
  const { pathname, search } = request.nextUrl;
  const { locale: prefixed, path } = splitLocale(pathname);
  if (prefixed === null) {
    // Next runs the proxy again on a path it rewrote: the first pass's locale holds.
    const passed = request.headers.get(LOCALE_HEADER);
    if (isLocale(passed) && request.headers.has(PATH_HEADER)) return { kind: "serve", locale: passed, path, rewrite: false, remember: null };
    if (isLocaleFree(path)) {
      const lang = request.nextUrl.searchParams.get("lang");
      return { kind: "serve", locale: isLocale(lang) ? lang : (cookieLocale(request) ?? DEFAULT_LOCALE), path, rewrite: false, remember: null };
    }
    const chosen = cookieLocale(request);
    // Only a browser's navigation is redirected or remembered: data fetches, assets and posts are served in French.
    if (!isDocumentRequest(request)) return { kind: "serve", locale: DEFAULT_LOCALE, path, rewrite: false, remember: null };
    const wanted = chosen ?? negotiateLocale(request.headers.get("accept-language"));
    // A first visit in a browser that prefers English, or the bare address of someone who chose English.
    if (wanted !== DEFAULT_LOCALE && (chosen === null || path === "/")) {
      return { kind: "redirect", to: localizeHref(wanted, path + search), remember: wanted };
    }
    return { kind: "serve", locale: DEFAULT_LOCALE, path, rewrite: false, remember: chosen === null ? DEFAULT_LOCALE : null };
  }
  if (isLocaleFree(path)) return { kind: "redirect", to: path + search, remember: prefixed };
  // /fr/… is how the switcher asks for French: remembered, then the plain path.
  if (prefixed === DEFAULT_LOCALE && isRead(request)) {
    return { kind: "redirect", to: path + search, remember: prefixed };
  }
  return { kind: "serve", locale: prefixed, path, rewrite: true, remember: cookieLocale(request) === prefixed ? null : prefixed };
}

function respond(request: NextRequest): NextResponse {
  const { search } = request.nextUrl;
  const step = localeStep(request);
  if (step.kind === "redirect") return remember(NextResponse.redirect(new URL(step.to, request.url), 307), step.remember);
  const { locale, path } = step;
  const refusal = refuseActionPost({ method: request.method, pathname: path, headers: request.headers });
  if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  const check = isRead(request) ? CHECKED_QUERIES[path] : undefined;
  const checked = check?.(request.nextUrl.searchParams, locale);
  if (checked && "redirect" in checked) return NextResponse.redirect(new URL(localizeHref(locale, checked.redirect), request.url), 308);
  if (checked) {
    const page = { ...checked, link: { ...checked.link, href: localizeHref(locale, checked.link.href) } };
    return new NextResponse(badRequestHtml(page), { status: 400, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  const needsSession = PROTECTED.some((p) => path === p || path.startsWith(`${p}/`));
  if (needsSession && !request.cookies.has(SESSION_COOKIE)) {
    return NextResponse.redirect(new URL(localizeHref(locale, signInHref(localizeHref(locale, path + search))), request.url));
  }
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, path + search);
  const response = step.rewrite
    ? NextResponse.rewrite(new URL(path + search, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  return isLocaleFree(path) ? response : remember(response, step.remember);
}

function remember(response: NextResponse, locale: Locale | null): NextResponse {
  if (locale) response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  // The same plain URL answers differently by cookie and Accept-Language.
  response.headers.append("Vary", "Accept-Language, Cookie");
  return response;
}

export function proxy(request: NextRequest) {
  const response = respond(request);
  // Also set on every answer by next.config.mjs (`headers()`); set here for the answers the proxy makes itself.
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  for (const { key, value } of securityHeaders({ dev: process.env.NODE_ENV === "development", https })) {
    response.headers.set(key, value);
  }
  return response;
}

/**
 * Where the proxy runs: only where it has something to do (issue 8). Running it
 * costs each request ~1.5 ms of the server's CPU whatever it does (Next builds a
 * web Request and Response around it; a proxy returning `NextResponse.next()`
 * alone cost as much), a sixth of a rendered fiche.
 *
 * It has nothing to do for a returning French visitor's plain GET: the language
 * cookie says French, so there is nothing to negotiate, remember or rewrite; the
 * security headers come from next.config.mjs on every answer; scripts/serve.mjs
 * hands the page its path (PATH_HEADER) and the pages read the language from the
 * cookie (lib/i18n/resolve-locale.ts). So it runs for (one entry each, any
 * of them enough; Next.js reads this config statically: literals only):
 * - a request without `NEXT_LOCALE=fr` (lib/i18n/config.ts LOCALE_COOKIE; the
 *   proxy's unit test checks they agree): a first visit, or English;
 * - a request with a body or from a page (`content-length`, `transfer-encoding`,
 *   `origin`, `next-action`): every form and server-action post is checked;
 * - an export's `lang=`;
 * - the paths it always handles: a language prefix, /sources's parameters,
 *   /admin and /account without a session.
 * Every path, file extensions included (issue 9); Next's hashed build assets never.
 */
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image).*)", missing: [{ type: "cookie", key: "NEXT_LOCALE", value: "fr" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "content-length" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "origin" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "query", key: "lang" }] },
    { source: "/(en|fr|sources|admin|account)" },
    { source: "/(en|fr|sources|admin|account)/:path*" },
  ],
};
