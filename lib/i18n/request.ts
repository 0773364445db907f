import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TIME_ZONE, isLocale, type Locale } from "./config";
import { intlCache } from "./intl-cache";
import { loadMessages } from "./messages";
import { LOCALE_HEADER } from "./routing";

async function readLocale(): Promise<Locale> {
  const fromUrl = (await headers()).get(LOCALE_HEADER);
  if (isLocale(fromUrl)) return fromUrl;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return DEFAULT_LOCALE;
}

/** A promise as React's `use()` reads it: once settled, it says so, and `use()` returns its value without suspending. */
type TrackedPromise<T> = Promise<T> & { status?: "fulfilled" | "rejected"; value?: T; reason?: unknown };

/**
 * The locale of this request: the one proxy.ts read from the URL (/en/… or a
 * plain path, an export's `lang=`), passed on in LOCALE_HEADER. Outside a
 * request through the proxy (tests calling a route or action directly), the
 * language cookie, else French (the report's language).
 * Read once per rendered page (React's `cache`): every server Link asks it,
 * with `use()`, which returns at once when the promise says it has settled
 * (React's own protocol for a promise it has seen before) rather than suspending.
 */
export const resolveLocale = cache(function resolveLocale(): Promise<Locale> {
  const promise: TrackedPromise<Locale> = readLocale();
  promise.then(
    (value) => Object.assign(promise, { status: "fulfilled", value }),
    (reason: unknown) => Object.assign(promise, { status: "rejected", reason }),
  );
  return promise;
});

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  // `_cache`: one formatting cache for the process (./intl-cache.ts); not in next-intl's public type.
  const config = { locale, messages: loadMessages(locale), timeZone: TIME_ZONE, _cache: intlCache };
  return config;
});
