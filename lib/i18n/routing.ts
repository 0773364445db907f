/**
 * The locale in the URL (issue 12): French, the report's language, at the
 * plain paths (/partners); English under /en (/en/partners). The URL decides,
 * so a shared link opens in the sender's language. Only a first visit (no
 * language cookie yet) to a plain page follows the browser's Accept-Language.
 *
 * Pure functions, used by proxy.ts (which rewrites /en/… to the plain route and
 * passes the locale on in LOCALE_HEADER), by the server Link and redirect
 * (./navigation.tsx) and by the few client components that build a path.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

/** The request header proxy.ts sets to the locale of the page asked for. */
export const LOCALE_HEADER = "x-passerelle-locale";
/** The request header proxy.ts sets to the path and query the visitor sees, without the locale prefix (the switcher's links). */
export const PATH_HEADER = "x-passerelle-path";

/** The locale a path carries in its first segment, and the path without it. */
export function splitLocale(pathname: string): { locale: Locale | null; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (!match || !isLocale(match[1])) return { locale: null, path: pathname };
  return { locale: match[1], path: match[2] === "" ? "/" : match[2] };
}

/** Paths with no language of their own: the API (its exports take `lang=`), next-auth, Next's files. */
export function isLocaleFree(path: string): boolean {
  return path === "/api" || path.startsWith("/api/") || path.startsWith("/_next/") || /\/[^/]*\.(ico|svg|png|txt|xml|webmanifest)$/.test(path);
}

/**
 * An in-app href in `locale`: English paths gain the /en prefix, French ones
 * stay plain. Hrefs that are not site paths (another origin, a fragment, a
 * query alone, the API) are returned as they are.
 */
export function localizeHref(locale: Locale, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const cut = href.search(/[?#]/);
  const pathname = cut < 0 ? href : href.slice(0, cut);
  const rest = cut < 0 ? "" : href.slice(cut);
  const { path } = splitLocale(pathname);
  if (isLocaleFree(path) || locale === DEFAULT_LOCALE) return path + rest;
  return (path === "/" ? `/${locale}` : `/${locale}${path}`) + rest;
}

/**
 * The href that shows the same page in `locale`. French is reached through
 * /fr/…, which proxy.ts answers by recording the choice and redirecting to the
 * plain path: a plain path alone could send a first visitor whose browser
 * prefers English back to English.
 */
export function switchLocaleHref(locale: Locale, pathAndQuery: string): string {
  const href = localizeHref(locale, pathAndQuery);
  if (locale !== DEFAULT_LOCALE) return href;
  return href === "/" || href.startsWith("/?") || href.startsWith("/#") ? `/${locale}${href.slice(1)}` : `/${locale}${href}`;
}

/**
 * The interface language an Accept-Language header prefers among ours
 * (quality values honoured, "en-GB" counts as "en"); French when none of ours
 * is named or the header cannot be read.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number; order: number } | null = null;
  header.split(",").forEach((part, order) => {
    const [tag, ...params] = part.trim().split(";");
    const language = tag.trim().toLowerCase().split("-")[0];
    if (!isLocale(language)) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) return;
    if (!best || q > best.q || (q === best.q && order < best.order)) best = { locale: language, q, order };
  });
  return (best as { locale: Locale } | null)?.locale ?? DEFAULT_LOCALE;
}
