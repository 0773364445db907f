import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "./config";
import { loadMessages } from "./messages";
import { LOCALE_HEADER } from "./routing";

/**
 * The locale of this request: the one proxy.ts read from the URL (/en/… or a
 * plain path, an export's `lang=`), passed on in LOCALE_HEADER. Outside a
 * request through the proxy (tests calling a route or action directly), the
 * language cookie, else French (the report's language).
 */
export async function resolveLocale(): Promise<Locale> {
  const fromUrl = (await headers()).get(LOCALE_HEADER);
  if (isLocale(fromUrl)) return fromUrl;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: loadMessages(locale), timeZone: "Africa/Bamako" };
});
