import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { processMemo } from "../runtime/process-memo";
import type { Locale } from "./config";

/**
 * Messages live in lib/i18n/messages/<locale>/<namespace>.json: one file per
 * feature, so that features add strings without touching a shared file.
 * Read once per process.
 */
export const loadMessages = processMemo((locale: Locale): Record<string, unknown> => {
  const dir = path.join(process.cwd(), "lib", "i18n", "messages", locale);
  const messages: Record<string, unknown> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    messages[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  }
  return messages;
}, 8);
