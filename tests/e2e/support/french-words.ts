import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/**
 * The French interface's own words (issue 12, "English, fully"): every word of
 * a French message (lib/i18n/messages/fr) whose English counterpart differs,
 * minus the words English messages use too ("via", "Bamako", "Total") and the
 * ICU syntax. Read from the messages files at test time, so a new French
 * message is checked without touching this list.
 */
export function frenchInterfaceWords(): Set<string> {
  const french = new Set<string>();
  const english = new Set<string>();
  const dir = path.join(process.cwd(), "lib", "i18n", "messages");
  for (const file of readdirSync(path.join(dir, "fr")).filter((f) => f.endsWith(".json"))) {
    const fr = flatten(JSON.parse(readFileSync(path.join(dir, "fr", file), "utf8")));
    const en = flatten(JSON.parse(readFileSync(path.join(dir, "en", file), "utf8")));
    for (const value of Object.values(en)) for (const w of words(value)) english.add(w);
    for (const [key, value] of Object.entries(fr)) if (en[key] !== value) for (const w of words(value)) french.add(w);
  }
  // The report's vocabulary in French is the report's text, not the interface's (vocabulary.json).
  for (const w of english) french.delete(w);
  return french;
}

function flatten(tree: unknown, prefix = "", into: Record<string, string> = {}): Record<string, string> {
  if (typeof tree === "string") into[prefix] = tree;
  else if (tree && typeof tree === "object") for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}

/** Lower-case words of three letters or more; "d’absorption" gives "absorption". */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3);
}

/**
 * The interface's text of the page: every text node and every aria-label,
 * title, alt and placeholder, hidden ones included (the phone cards at laptop
 * width), except inside an element marked lang="fr" (the report's own words).
 * An attribute, the page title or a caption cannot always mark a part of itself
 * as French: the texts the page marks French elsewhere (a partner's name in
 * "Select {name}", "Projects of {donor}") are taken out of them.
 */
export async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isFrench = (el: Element | null) => (el?.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase().startsWith("fr");
    const frenchTexts = [...document.body.querySelectorAll('[lang^="fr"]')]
      .map((el) => el.textContent?.trim() ?? "")
      .filter((t) => t.length > 0)
      .sort((a, b) => b.length - a.length);
    const withoutFrench = (text: string) => frenchTexts.reduce((rest, fr) => rest.split(fr).join(" "), text);
    const texts: string[] = [withoutFrench(document.title)];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template") || isFrench(parent)) continue;
      if (node.textContent?.trim()) texts.push(withoutFrench(node.textContent.trim()));
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (isFrench(el)) continue;
      for (const name of ["aria-label", "title", "alt", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value?.trim()) texts.push(withoutFrench(value.trim()));
      }
    }
    // Addresses are not words ("https://www.afd.fr/fr/carte-des-projets").
    return texts.map((t) => t.replace(/\b(?:https?:\/\/|www\.)\S+/g, " "));
  });
}

/** French interface words found on the page outside lang="fr", each with the text it appears in. */
export async function frenchWordsOnPage(page: Page, vocabulary: Set<string>): Promise<string[]> {
  const found = new Map<string, string>();
  for (const text of await interfaceText(page)) {
    for (const w of words(text)) if (vocabulary.has(w) && !found.has(w)) found.set(w, text.slice(0, 120));
  }
  return [...found].map(([w, text]) => `${w} (in "${text}")`);
}
