import "server-only";
import NextLink from "next/link";
import { headers } from "next/headers";
import { redirect as nextRedirect } from "next/navigation";
import { use, type ComponentProps } from "react";
import type { Locale } from "./config";
import { resolveLocale } from "./resolve-locale";
import { PATH_HEADER, localizeHref, switchLocaleHref } from "./routing";

/**
 * Links and redirects that keep the page's language in the URL (issue 12):
 * on an English page, /partners becomes /en/partners. Server components only,
 * so the public pages ship no i18n code for it; a client component gets its
 * hrefs localized by its server parent (or the locale as a prop, with
 * lib/i18n/routing.ts's localizeHref).
 *
 * Not async: it reads the request's locale with `use()` (one promise per request,
 * resolveLocale's React `cache`), so React renders it inline. An async component
 * is rendered as a task and a row of its own in the React payload: a fiche has
 * twenty links (docs/benchmarks.md, "Rendering CPU, part 2").
 */
export function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  return <NextLink href={localizeHref(use(resolveLocale()), href)} {...props} />;
}

/** An in-app href in this request's language (for <a>, forms, export links). */
export async function localized(href: string): Promise<string> {
  return localizeHref(await resolveLocale(), href);
}

/** A function giving in-app hrefs in this request's language, for a page that builds many (sync, passable to server components). */
export async function getLocalize(): Promise<(href: string) => string> {
  const locale = await resolveLocale();
  return (href) => localizeHref(locale, href);
}

/** next/navigation's redirect, to the path in this request's language. */
export async function redirect(href: string): Promise<never> {
  nextRedirect(localizeHref(await resolveLocale(), href));
}

/** The path and query the visitor sees, without the locale prefix (as proxy.ts passed it on). */
async function currentPath(): Promise<string> {
  const path = (await headers()).get(PATH_HEADER) ?? "/";
  // Only a path of this site: the header comes from the proxy, but a client can send it too.
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

/** The href of this page in another language (the language switcher). */
export async function hrefIn(locale: Locale): Promise<string> {
  return switchLocaleHref(locale, await currentPath());
}
