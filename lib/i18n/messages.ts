import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

/**
 * Messages live in lib/i18n/messages/<locale>/<namespace>.json: one file per
 * feature, so that features add strings without touching a shared file.
 * Read once per process.
 */
const cache = new Map<Locale, Record<string, unknown>>();

export function loadMessages(locale: Locale): Record<string, unknown> {
  let messages = cache.get(locale);
  if (!messages) {
    const dir = path.join(process.cwd(), "lib", "i18n", "messages", locale);
    messages = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      messages[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    }
    cache.set(locale, messages);
  }
  return messages;
}
