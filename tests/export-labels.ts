import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "../lib/i18n/config";
import { fillTemplate } from "../lib/i18n/fill-template";
import { createFormats } from "../lib/i18n/format";
import type { VocabularyMessages } from "../lib/i18n/vocabulary";
import type { ExportLabels } from "../lib/partners/export";

const read = (locale: Locale, namespace: string) => JSON.parse(readFileSync(path.join(process.cwd(), `lib/i18n/messages/${locale}/${namespace}.json`), "utf8"));

/** The export's labels in one language, from its messages files, as app/api/v1/partners/route.ts reads them. */
export function exportLabels(locale: Locale): ExportLabels {
  const [messages, categories, vocabulary] = [read(locale, "partners"), read(locale, "categories"), read(locale, "vocabulary")];
  const word = (key: string) => {
    const [group, slug] = key.split(".");
    return vocabulary[group]?.[slug] as string | undefined;
  };
  const t = Object.assign((key: string) => word(key) ?? key, { has: (key: string) => word(key) !== undefined }) as VocabularyMessages;
  const formats = createFormats(locale, t, { period: (p) => p, per: (part) => part, unlimited: messages.unlimited });
  return {
    headers: messages.export.headers,
    category: (slug) => categories[slug],
    returnees: (value) => messages.returnees[value],
    national: messages.national,
    unlimited: messages.unlimited,
    part: (w) => formats.term("parts", w).text,
    via: (programme) => fillTemplate(messages.table.via, { programme }),
    sheetName: messages.export.sheetName,
  };
}
