/**
 * The matching passage shown under a partner's name when searching.
 *
 * Built here from the fiche's text rather than by `ts_headline`, which parses
 * the whole fiche of every row (87–330 ms for a page of 25 at 10,000 partners,
 * docs/benchmarks.md). The search is accent- and case-blind and stems French
 * words ("formation" is the lexeme `format`), so a word matches when its folded
 * form (unaccented, lower-case, the way `f_unaccent` folds it) starts with one
 * of the query's lexemes. The passage keeps the fiche as written (accents
 * included) and is text plus offsets, never HTML: the page renders <mark>
 * itself, so nothing from the fiche can inject markup.
 */
import escapeStringRegexp from "escape-string-regexp";

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

export function foldText(s: string): string {
  let out = "";
  for (const ch of s) out += EXPANSIONS[ch] ?? ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return out.toLowerCase();
}

/** The positive lexemes of a `querytree` output (`'format' & !'kaye'` -> ["format"]). */
export function lexemesOf(queryTree: string | null): string[] {
  if (!queryTree) return [];
  const out = new Set<string>();
  for (const m of queryTree.matchAll(/(!?)\s*'((?:[^']|'')*)'/g)) {
    if (m[1] !== "!" && m[2]) out.add(foldText(m[2].replace(/''/g, "'")));
  }
  return [...out];
}

interface Word {
  start: number;
  end: number;
  /** Index in the lexeme list of the lexeme the word starts with, or -1. */
  term: number;
  /** The word is one of the query's words as typed (folded), not only a stemmed neighbour. */
  exact: boolean;
}

/** The written forms a folded letter stands for (the fold's inverse, for the letters French uses). */
const VARIANTS: Record<string, string> = {
  a: "aàâäáãåª", c: "cç", e: "eéèêë", i: "iîïíì", n: "nñ", o: "oôöóòõº", u: "uûüùú", y: "yÿý",
};

/**
 * A regular expression for the words starting with `lexeme`, written with or
 * without accents, in any case: the native regex engine does the folding, which
 * keeps a page of 25 fiches of ~5 kB each well under a millisecond.
 */
function lexemePattern(lexeme: string): RegExp {
  let body = "";
  for (let i = 0; i < lexeme.length; i++) {
    const pair = lexeme.slice(i, i + 2);
    if (pair === "oe" || pair === "ae") {
      body += `(?:${pair}|${pair === "oe" ? "œ" : "æ"})`;
      i++;
      continue;
    }
    const ch = lexeme[i];
    // Lexemes carry hyphens, dots, @ and apostrophes ("auto-emploi", "ue-oim", e-mails):
    // escaped so the pattern stays valid under the `u` flag.
    body += VARIANTS[ch] ? `[${VARIANTS[ch]}]` : escapeStringRegexp(ch);
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}`, "giu");
}

const WORD = /[\p{L}\p{N}]+/gu;
/** One word starting exactly at `lastIndex`. */
const WORD_AT = /[\p{L}\p{N}]+/uy;

/** The words of the query as typed, folded ("Mécanique" -> "mecanique"). */
function typedWords(query: string | null | undefined): Set<string> {
  return new Set(query ? foldText(query).match(WORD) ?? [] : []);
}

/** The word starting at `index`, if one does (a lexeme's match may start on a hyphen or an apostrophe). */
function wordAt(text: string, index: number): { end: number } | null {
  WORD_AT.lastIndex = index;
  const m = WORD_AT.exec(text);
  return m ? { end: index + m[0].length } : null;
}

/**
 * The words that start with a lexeme, by their start: the lexeme's index (the
 * first lexeme of the query wins) and whether the word is one of the query's
 * words as typed. Found by each lexeme's pattern over the text, so a fiche is
 * split into words only as far as the passage needs (`Words`).
 */
function matchedWords(text: string, lexemes: string[], typed: ReadonlySet<string>): Map<number, Omit<Word, "start" | "end">> {
  const matched = new Map<number, Omit<Word, "start" | "end">>();
  lexemes.forEach((lexeme, term) => {
    for (const m of text.matchAll(lexemePattern(lexeme))) {
      if (matched.has(m.index)) continue;
      const word = wordAt(text, m.index);
      if (word) matched.set(m.index, { term, exact: typed.has(foldText(text.slice(m.index, word.end))) });
    }
  });
  return matched;
}

/** The text's words as the French parser splits them (letters and digits), read from the start as far as asked. */
class Words {
  readonly list: Word[] = [];
  private readonly pattern = new RegExp(WORD.source, WORD.flags);
  private done = false;

  constructor(
    private readonly text: string,
    private readonly matched: ReadonlyMap<number, Omit<Word, "start" | "end">>,
  ) {}

  /** At least `count` words read, or all of them. */
  upTo(count: number): Word[] {
    while (!this.done && this.list.length < count) {
      const m = this.pattern.exec(this.text);
      if (!m) {
        this.done = true;
        break;
      }
      this.list.push({ start: m.index, end: m.index + m[0].length, term: -1, exact: false, ...this.matched.get(m.index) });
    }
    return this.list;
  }
}

const BEFORE = 6;
const LENGTH = 25;

/**
 * The window of about 25 words around the first place where the most distinct
 * query terms occur together, preferring a window with the query's words as
 * typed over one with only stemmed neighbours ("mécanique" before "mécanisme"),
 * with every matching word marked. Null when no word matches (e.g. the row
 * matched on a partial or misspelt name only).
 */
export function passageFromText(text: string | null, queryTree: string | null, query?: string | null): Passage | null {
  const lexemes = lexemesOf(queryTree);
  if (!text || lexemes.length === 0) return null;
  const matched = matchedWords(text, lexemes, typedWords(query));
  if (matched.size === 0) return null;
  const perfect = lexemes.length * 2 + ([...matched.values()].some((w) => w.exact) ? 1 : 0);
  const reader = new Words(text, matched);
  const words = reader.list;
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < reader.upTo(i + 1).length; i++) {
    if (words[i].term < 0) continue;
    const from = Math.max(0, i - BEFORE);
    const window = reader.upTo(from + LENGTH).slice(from, from + LENGTH).filter((w) => w.term >= 0);
    const score = new Set(window.map((w) => w.term)).size * 2 + (window.some((w) => w.exact) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
    if (bestScore === perfect) break;
  }
  if (best < 0) return null;
  const window = words.slice(Math.max(0, best - BEFORE), Math.max(0, best - BEFORE) + LENGTH);
  const from = window[0].start;
  const to = window[window.length - 1].end;
  // Fiche text keeps its line breaks; a passage reads as one line.
  const passage = text.slice(from, to).replace(/\s/g, " ");
  const marks = window.filter((w) => w.term >= 0).map((w): [number, number] => [w.start - from, w.end - from]);
  return { text: passage, marks };
}
