/**
 * The matching passage shown under a partner's name when searching.
 *
 * PostgreSQL highlights the *unaccented* text (the search is accent-blind), so
 * its headline reads "cooperative des femmes". To show the fiche as written
 * ("coopérative des femmes") the highlighted span is found again in a window
 * of the original text, folding it the way `unaccent` does. The result is text
 * plus offsets, never HTML: the page renders <mark> itself, so nothing from
 * the fiche can inject markup.
 */

export interface Passage {
  text: string;
  /** [start, end) offsets into `text` of the words that matched. */
  marks: Array<[number, number]>;
}

/** What `unaccent` turns into several characters, or into another one (its rules file). */
const EXPANSIONS: Record<string, string> = {
  "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "«": "<<", "»": ">>", "…": "...",
  "№": "No", "½": "1/2", "¼": "1/4", "¾": "3/4", "ﬁ": "fi", "ﬂ": "fl",
  "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‑": "-", "‐": "-",
};

function unaccentChar(ch: string): string {
  return EXPANSIONS[ch] ?? ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** The original text folded, with each folded character's index in the original. */
function foldWithMap(original: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const out = unaccentChar(ch);
    for (let k = 0; k < out.length; k++) origin.push(i);
    folded += out;
    i += ch.length;
  }
  origin.push(original.length);
  return { folded, origin };
}

/** Splits a sentinel-marked headline into its plain text and mark offsets. */
function parseHeadline(headline: string, start: string, end: string): Passage {
  let text = "";
  const marks: Array<[number, number]> = [];
  let open: number | null = null;
  for (const ch of headline) {
    if (ch === start) open = text.length;
    else if (ch === end) {
      if (open !== null && text.length > open) marks.push([open, text.length]);
      open = null;
    } else text += ch;
  }
  return { text, marks };
}

/**
 * The passage as written when `around` (a window of the original text that
 * contains the headline's span) allows it, else the unaccented headline.
 * Null when nothing is highlighted (e.g. the row matched on a partial name only).
 */
export function passageFromHeadline(headline: string | null, around: string | null, start: string, end: string): Passage | null {
  if (!headline) return null;
  const plain = parseHeadline(headline, start, end);
  if (plain.marks.length === 0) return null;
  let result = plain;
  if (around) {
    const { folded, origin } = foldWithMap(around);
    const at = folded.indexOf(plain.text);
    if (at >= 0) {
      const from = origin[at];
      const to = origin[at + plain.text.length];
      // A folded offset can fall inside an expansion ("oe" of "œ"): round to whole original characters.
      const toOriginal = (offset: number) => origin[at + offset] - from;
      result = {
        text: around.slice(from, to),
        marks: plain.marks.map(([s, e]) => [toOriginal(s), toOriginal(e) === toOriginal(e - 1) ? toOriginal(e - 1) + 1 : toOriginal(e)]),
      };
    }
  }
  // Fiche text keeps its line breaks; a passage reads as one line.
  return { text: result.text.replace(/\s/g, " "), marks: result.marks };
}
