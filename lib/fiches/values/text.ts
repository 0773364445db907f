/**
 * Text folding shared by the value extractors: the report mixes accents,
 * case and apostrophe styles (`Etat`/`État`, `’`/`'`/`‘`), so matching is done
 * on a folded copy while results keep the text as written.
 */

/** Lower-case, accents stripped, apostrophes unified to `'`. Length-preserving for Latin text. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** Collapse runs of whitespace to one space and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
