import { z } from "zod";
import { LOCALES } from "../i18n/config";
import { invalidParameter } from "./errors";

/**
 * `lang`: the language of an export's headers and interface words (issue 12).
 * The list page's export links carry the page's language; proxy.ts reads it
 * into the request's locale, and the route checks it here so that a value we
 * do not speak is named in a 400 rather than silently French. The report's
 * own text stays French in either.
 */
export const langParamSchema = z
  .enum(LOCALES)
  .optional()
  .describe("Language of the export's headers and interface words: `fr` (default) or `en`; the report's own text stays French.");

export function checkLangParam(params: URLSearchParams): void {
  const values = params.getAll("lang");
  if (values.length > 1) throw invalidParameter("lang", "lang: give it once");
  const parsed = langParamSchema.safeParse(values[0]);
  if (!parsed.success) throw invalidParameter("lang", `lang: expected one of ${LOCALES.join(", ")}`);
}
