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

/**
 * A word the PDF cut at a line end, hyphen kept (`auto-` / `emploi`,
 * `https://www.rmo-` / `jobcenter.com`): the hyphen follows a letter or digit
 * and the next line goes on with one. A dash between spaces (`Bamako -`) is
 * punctuation and keeps its space.
 */
const CUT_WORD_RE = /([\p{L}\p{N}]-)[ \t]*\n\s*(?=[\p{L}\p{N}])/gu;

/** Rejoin the words cut at line ends; other line breaks stay. */
export function joinCutWords(s: string): string {
  return s.replace(CUT_WORD_RE, "$1");
}

/** Join physical lines into one text: cut words glued back, other breaks become one space. */
export function joinLines(lines: readonly string[]): string {
  return squash(lines.join("\n"));
}

/** Collapse runs of whitespace (line breaks included) to one space and trim; words cut at a line end are joined back. */
export function squash(s: string): string {
  return joinCutWords(s).replace(/\s+/g, " ").trim();
}
