import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TIME_ZONE, isLocale, type Locale } from "./config";
import { intlCache } from "./intl-cache";
import { loadMessages } from "./messages";
import { LOCALE_HEADER } from "./routing";

/**
 * The locale of this request: the one proxy.ts read from the URL (/en/… or a
 * plain path, an export's `lang=`), passed on in LOCALE_HEADER. Outside a
 * request through the proxy (tests calling a route or action directly), the
 * language cookie, else French (the report's language).
 * Read once per rendered page (React's `cache`): every server Link asks it.
 */
export const resolveLocale = cache(async function resolveLocale(): Promise<Locale> {
  const fromUrl = (await headers()).get(LOCALE_HEADER);
  if (isLocale(fromUrl)) return fromUrl;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return DEFAULT_LOCALE;
});

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  // `_cache`: one formatting cache for the process (./intl-cache.ts); not in next-intl's public type.
  const config = { locale, messages: loadMessages(locale), timeZone: TIME_ZONE, _cache: intlCache };
  return config;
});
