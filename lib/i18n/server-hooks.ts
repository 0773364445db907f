import "server-only";
import { use } from "react";
import { createTranslator, type useTranslations as useIntlTranslations } from "next-intl";
import { processMemo } from "../runtime/process-memo";
import { TIME_ZONE, type Locale } from "./config";
import { intlCache } from "./intl-cache";
import { loadMessages } from "./messages";
import { resolveLocale } from "./resolve-locale";

/**
 * next-intl's `useLocale` and `useTranslations` for server components that are
 * not async, without their per-request cost (issue 8, docs/benchmarks.md
 * "Rendering CPU, part 2"). next-intl's own hooks read its request
 * configuration with `use()` on a promise React has not seen settle: the first
 * component of each render pass to ask suspends, and so does every sibling
 * rendered before it settles, each then rendered again as a task and a payload
 * row of its own; and they build a translator per namespace per request.
 *
 * Here the locale is resolveLocale's (./resolve-locale.ts, the same value next-intl's
 * configuration gets), which React reads synchronously once it has settled (the
 * root layout awaits it before rendering anything), and a translator depends on
 * nothing but its language and namespace (the configuration's messages, time
 * zone and formatting cache are the process's: ./request.ts), so it is made once
 * per process. The text is the same as next-intl's hooks give.
 */
export function useLocale(): Locale {
  return use(resolveLocale());
}

type Translator = ReturnType<typeof useIntlTranslations>;
/** Keyed by "locale namespace": two languages times the namespaces the code names. */
const translators = processMemo((key: string) => {
  const space = key.indexOf(" ");
  const locale = key.slice(0, space) as Locale;
  const namespace = key.slice(space + 1);
  return createTranslator({ locale, messages: loadMessages(locale), namespace: namespace as never, timeZone: TIME_ZONE, _cache: intlCache }) as unknown as Translator;
}, 500);

/** The translator of `namespace` in this request's language (see {@link useLocale}). */
export function useTranslations(namespace: string): Translator {
  return translators(`${useLocale()} ${namespace}`);
}
