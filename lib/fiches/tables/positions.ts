/**
 * Splits the run-together `Organisation Position` cells of the interview
 * table, where nothing in the text separates them (docs/report-format.md §5),
 * at the first job-title word (values/job-titles.ts).
 */
import { fold } from "../values/text";
import { HEAD_LAST_WORDS, TITLE_MODIFIERS, TITLE_WORDS, wordPattern } from "../values/job-titles";

const TITLE = wordPattern(TITLE_WORDS);
const HEAD_LAST = wordPattern(HEAD_LAST_WORDS);
const MODIFIER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${TITLE_MODIFIERS.join("|")})[\\s-]+$`, "u");

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
  // Folding keeps the length of Latin text, so indices found on it hold for the text as written.
  const folded = fold(text);
  const title = firstOutsideParentheses(TITLE, folded, depths);
  const headLast = firstOutsideParentheses(HEAD_LAST, folded, depths);
  let start: number | null = title;
  if (headLast !== null && (title === null || headLast < title)) start = englishTitleStart(text, headLast);
  if (start === null) return null;
  const modifier = MODIFIER_BEFORE.exec(folded.slice(0, start));
  return modifier ? modifier.index : start;
}

/** Split `Organisation Position` at the first title word. */
export function splitOrganisationPosition(text: string): { organisation: string; position: string } | null {
  const start = findPositionStart(text);
  if (start === null) return null;
  return { organisation: text.slice(0, start).trim(), position: text.slice(start).trim() };
}
