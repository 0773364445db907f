/**
 * Vocabulary of job titles, used to split the run-together
 * `Organisation Position` cells of the interview table (seed-guide §5:
 * "nothing in the text separates them").
 */

// French and English title words. Matched case-insensitively as whole words:
// `Conseil Régional` is an organisation, `Conseiller` a position.
const TITLE_WORDS = [
  "directeur", "directrice", "director",
  "chef", "cheffe",
  "responsable",
  "coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice", "coordinator",
  "conseiller", "conseillère",
  "chargé", "chargée",
  "président", "présidente",
  "secrétaire",
  "représentant", "représentante",
  "point focal",
  "gestionnaire",
  "expert", "experte",
  "spécialiste",
  "administrateur", "administratrice",
  "assistant", "assistante",
  "team leader",
  "consultant", "consultante",
  "délégué", "déléguée",
  "attaché", "attachée",
  "dg", "ceo", "cto", "cfo",
];

// English titles put the head noun last (`Youth Entrepreneurship Project
// Officer`): the position begins with the capitalised words before it.
const HEAD_LAST_WORDS = ["officer", "manager", "advisor", "adviser", "lead", "specialist"];

// Words that open a title in front of a title word (`Première Secrétaire`).
const TITLE_MODIFIERS = ["premier", "première", "vice", "sous", "haut", "haute"];

const LETTER = "\\p{L}";
function wordPattern(list: readonly string[]): RegExp {
  const alternatives = list.map((w) => w.replace(/ /g, "\\s+")).join("|");
  return new RegExp(`(?<![${LETTER}])(?:${alternatives})(?![${LETTER}])`, "giu");
}
const TITLE = wordPattern(TITLE_WORDS);
const HEAD_LAST = wordPattern(HEAD_LAST_WORDS);
const MODIFIER_BEFORE = new RegExp(`(?<![${LETTER}])(?:${TITLE_MODIFIERS.join("|")})[\\s-]+$`, "iu");

/** Depth of open parentheses at each index: a title word inside `(…)` belongs to the organisation. */
function parenthesisDepths(text: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    depths.push(depth);
    if (ch === ")" && depth > 0) depth--;
  }
  return depths;
}

function firstOutsideParentheses(pattern: RegExp, text: string, depths: number[]): number | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (depths[m.index] === 0) return m.index;
  }
  return null;
}

/** Move back over the capitalised, non-acronym words in front of an English head noun, keeping one word for the organisation. */
function englishTitleStart(text: string, headIndex: number): number {
  const before = text.slice(0, headIndex).trimEnd();
  const words = before.split(/\s+/);
  let keep = words.length;
  while (keep > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[keep - 1])) keep--;
  if (keep === words.length) return headIndex;
  return words.slice(0, keep).join(" ").length + 1;
}

/**
 * Index where the position starts in `Organisation Position` text, or null
 * when no title word is found outside the organisation's parentheses.
 */
export function findPositionStart(text: string): number | null {
  const depths = parenthesisDepths(text);
  const title = firstOutsideParentheses(TITLE, text, depths);
  const headLast = firstOutsideParentheses(HEAD_LAST, text, depths);
  let start: number | null = title;
  if (headLast !== null && (title === null || headLast < title)) start = englishTitleStart(text, headLast);
  if (start === null) return null;
  const modifier = MODIFIER_BEFORE.exec(text.slice(0, start));
  return modifier ? modifier.index : start;
}

/** Split `Organisation Position` at the first title word. */
export function splitOrganisationPosition(text: string): { organisation: string; position: string } | null {
  const start = findPositionStart(text);
  if (start === null) return null;
  return { organisation: text.slice(0, start).trim(), position: text.slice(start).trim() };
}
