"use client";
import { useLocale } from "next-intl";
import { DEFAULT_LOCALE, isLocale } from "./config";
import { localizeHref } from "./routing";

/**
 * For client components under next-intl's provider (the account, admin and
 * sign-in forms): a function giving an in-app href in the page's language.
 * Public pages ship no provider; their client islands get hrefs from the server.
 */
export function useLocalize(): (href: string) => string {
  const locale = useLocale();
  const current = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return (href) => localizeHref(current, href);
}
