import { getRequestConfig } from "next-intl/server";
import { TIME_ZONE } from "./config";
import { intlCache } from "./intl-cache";
import { loadMessages } from "./messages";
import { resolveLocale } from "./resolve-locale";

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  // `_cache`: one formatting cache for the process (./intl-cache.ts); not in next-intl's public type.
  const config = { locale, messages: loadMessages(locale), timeZone: TIME_ZONE, _cache: intlCache };
  return config;
});
