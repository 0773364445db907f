import { _createCache } from "next-intl";

/**
 * next-intl's formatting cache, shared by every request of the process instead
 * of one per request (issue 8, docs/benchmarks.md "Rendering CPU"). Without it, a
 * message that takes arguments ("Fiche {number}", plurals, dates) is parsed and
 * compiled into an IntlMessageFormat on every page, and every Intl.DateTimeFormat,
 * NumberFormat and PluralRules is built again: about 1 ms of a fiche's 13 ms of CPU.
 * Entries are keyed by a message's text, the locale and the formats (never by the
 * values), or by a formatter's options: at most one per message or option set and
 * language, so it stays small.
 *
 * `_cache` is next-intl's own option of `createTranslator` and `createFormatter`;
 * the request configuration (./request.ts) passes it on to every server translator.
 * next-intl is pinned (4.15): check the profile again when upgrading.
 */
export const intlCache = _createCache();
