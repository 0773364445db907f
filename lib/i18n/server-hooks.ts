import "server-only";
import { use } from "react";
import { createTranslator, type useTranslations as useIntlTranslations } from "next-intl";
import { processMemo } from "../runtime/process-memo";
import { TIME_ZONE, type Locale } from "./config";
import { fillTemplate, placeholderNames } from "./fill-template";
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
  return withPlainTemplates(
    createTranslator({ locale, messages: loadMessages(locale), namespace: namespace as never, timeZone: TIME_ZONE, _cache: intlCache }) as unknown as Translator,
  );
}, 500);

/** A message whose only syntax is `{name}` placeholders: no plural, select, number or date format, quoting or tags. */
const PLAIN_TEMPLATE = /^[^{}'<>#|]*(?:\{\w+\}[^{}'<>#|]*)*$/;

/**
 * `t` with its commonest calls answered without next-intl's formatting: a message
 * made only of `{name}` placeholders, each given a string or a number, is filled
 * as intl-messageformat fills a plain argument (`String(value)`), and a message
 * without any (a label, asked without values) is its own text. next-intl
 * looks each such call up in a cache keyed by the message, the locale and every
 * format serialised to JSON, on every call: ~2.5 % of a rendered fiche's CPU,
 * whose provenance marks make ~50 such calls (docs/benchmarks.md, "The locator
 * map as an image, and the relevance tier from the hits"). Any other message or
 * value, a missing one, and `rich`, `markup`, `raw` and `has` go to next-intl.
 * The unit test checks every message of both languages against next-intl's text.
 */
export function withPlainTemplates(t: Translator): Translator {
  const templates = new Map<string, { text: string; names: string[] } | null>();
  const templateOf = (key: string) => {
    let template = templates.get(key);
    if (template === undefined) {
      const raw: unknown = t.has(key as never) ? t.raw(key as never) : null;
      template = typeof raw === "string" && PLAIN_TEMPLATE.test(raw) ? { text: raw, names: placeholderNames(raw) } : null;
      templates.set(key, template);
    }
    return template;
  };
  const plain = (key: string, values?: Record<string, unknown>, formats?: unknown): string => {
    const template = formats === undefined ? templateOf(key) : null;
    // A label without placeholders, asked without values (the commonest call), is its own text.
    const filled =
      template &&
      template.names.every((name) => {
        const value = values?.[name];
        return typeof value === "string" || typeof value === "number";
      });
    return filled ? fillTemplate(template.text, (values ?? {}) as Record<string, string | number>) : (t as unknown as (...args: unknown[]) => string)(key, values, formats);
  };
  return Object.assign(plain, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has }) as unknown as Translator;
}

/** The translator of `namespace` in this request's language (see {@link useLocale}). */
export function useTranslations(namespace: string): Translator {
  return translators(`${useLocale()} ${namespace}`);
}

/**
 * next-intl's `getLocale()` and `getTranslations(namespace)` for async server
 * components (the root layout, pages, the edition banner): the same locale and
 * translator as the hooks above, so the same text, without next-intl's request
 * configuration and its formatter cache keyed by JSON on every call (~2 % of a
 * rendered list's CPU: the page's own labels, one per column, page link and
 * count; docs/benchmarks.md,
 * "Facets' rows, fiche markup, plain messages in async components, warm until steady").
 */
export function getLocale(): Promise<Locale> {
  return resolveLocale();
}

export async function getTranslations(namespace: string): Promise<Translator> {
  return translators(`${await resolveLocale()} ${namespace}`);
}
