/**
 * Vocabulary of the "Type d'acteur" column of the interview table
 * (docs/report-format.md §5). The cell wraps on its own (`Partenaire` / `gouvernemental`,
 * `Centre de` / `formation` / `professionnelle`), so a type is matched as a
 * word sequence that may run over several physical lines.
 */
import { fold } from "../values/text";

/** Canonical actor types, as the report spells them unwrapped. */
export const ACTOR_TYPES: readonly string[] = [
  "Partenaire gouvernemental",
  "Centre de formation professionnelle",
  "Incubateur - SAE",
  "PTF",
  "Entreprise",
  "OSC",
  // Not in this edition, but the natural headings of such a table.
  "ONG",
  "Institution financière",
  "Société civile",
];

function words(text: string): string[] {
  return fold(text)
    .replace(/[–—]/g, "-")
    .split(/\s+/)
    .filter((w) => w !== "");
}

const TYPE_WORDS = ACTOR_TYPES.map((type) => ({ type, words: words(type) }))
  // Longest first, so a longer type is never shadowed by a shorter prefix.
  .sort((a, b) => b.words.length - a.words.length);

export interface ActorTypeMatch {
  type: string;
  /** Index (in the given texts) of the last line the type uses. */
  lastIndex: number;
  /** What follows the type on its last line (the start of the organisation), trimmed. */
  rest: string;
}

/**
 * The actor type starting at `texts[start]`, or null. A type that wraps must
 * fill each line but its last: `Centre de` / `formation` / `professionnelle`.
 */
export function matchActorType(texts: readonly string[], start: number): ActorTypeMatch | null {
  for (const { type, words: wanted } of TYPE_WORDS) {
    let w = 0;
    for (let i = start; i < texts.length && w < wanted.length; i++) {
      const raw = texts[i].trim().split(/\s+/).filter((x) => x !== "");
      const got = words(texts[i]);
      let k = 0;
      while (k < got.length && w < wanted.length && got[k] === wanted[w]) {
        k++;
        w++;
      }
      if (w === wanted.length) return { type, lastIndex: i, rest: raw.slice(k).join(" ") };
      // A wrapped cell continues on the next line only if this one is used up.
      if (k < got.length || k === 0) break;
    }
  }
  return null;
}
