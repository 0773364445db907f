/**
 * The comparison's URL, written once: how many partners it takes and the link
 * to it, for the fiche, the list's selection, the compare page's own links and
 * its picker. Read back by `parseCompareSelection` (./compare.ts). Pure, so the
 * list's client island uses it too.
 */

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/**
 * /compare?partners=a,b for `slugs` in the order given (none: the empty page),
 * with the picker's search (`find`) kept when there is one. `base`: /compare
 * in the page's language, when the link is not a localized `Link`.
 */
export function compareHref(slugs: readonly string[], options: { find?: string | null; base?: string } = {}): string {
  const { find, base = "/compare" } = options;
  const parts: string[] = [];
  // Slugs are [a-z0-9-]: the comma stays readable in the address bar.
  if (slugs.length) parts.push(`partners=${slugs.map(encodeURIComponent).join(",")}`);
  if (find) parts.push(new URLSearchParams({ find }).toString());
  return parts.length ? `${base}?${parts.join("&")}` : base;
}
