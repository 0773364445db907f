import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "./config";
import { LOCALE_HEADER } from "./routing";

/*
 * The request's locale, on its own: next-intl's request configuration
 * (./request.ts) reads it, and so do the server Link and the sync server hooks
 * (./navigation.tsx, ./server-hooks.ts), which must not load that
 * configuration (its module calls next-intl's getRequestConfig on import).
 */

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
