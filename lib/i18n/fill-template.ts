/** A `{name}` placeholder, its name captured. */
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message's `{name}` placeholders filled with these values: "Comparer ({count})"
 * with `{ count: 3 }` is "Comparer (3)". For the public pages' client components,
 * which get their messages raw from the server (`t.raw`) so that next-intl's
 * runtime stays out of their JavaScript (lib/i18n/navigation.tsx).
 *
 * Plain placeholders only: no ICU plurals, selects or quoting; a message that needs
 * them is formatted on the server. A placeholder with no value is left as it is, and
 * a value is inserted as written (no `$&`-style patterns, no HTML).
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (placeholder, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : placeholder));
}

/** The names of a message's `{name}` placeholders, in order ("l. {from}–{to}": from, to). */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
