import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import en from "../i18n/messages/en/sources.json";
import fr from "../i18n/messages/fr/sources.json";
import type { BadRequestPage } from "../http/bad-request-page";
import { MAX_SEARCH_LENGTH, SORT_KEYS_OF, sourcesHref, type SourcesParamError, type SourcesParams } from "./schemas";

const MESSAGES = { fr, en } as const;

/**
 * What /sources answers, with its 400, to a link holding a value it cannot
 * read (proxy.ts): each one named in the visitor's language, and a link to
 * the view the rest of the link asks for.
 */
export function sourcesBadRequest(locale: Locale, data: SourcesParams, errors: SourcesParamError[]): BadRequestPage {
  const t = createTranslator({ locale, messages: { sources: MESSAGES[locale] }, namespace: "sources.invalid" });
  return {
    lang: locale,
    title: t("title"),
    intro: t("intro"),
    items: errors.map((e) =>
      t("item", {
        name: t(`names.${e.param}`),
        param: e.param,
        problem: t(`problems.${e.problem}`, {
          value: e.value,
          max: MAX_SEARCH_LENGTH,
          expected: e.param === "isort" || e.param === "dsort" ? SORT_KEYS_OF[e.param].join(", ") : "",
        }),
      }),
    ),
    link: { href: sourcesHref(data), label: t("link") },
  };
}
