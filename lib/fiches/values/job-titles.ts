/**
 * The job-title vocabulary of the report, in one place: it splits the
 * run-together `Organisation Position` cells of the interview table
 * (tables/positions.ts) and tells a role from a name in the Contacts blocks
 * (values/contacts.ts). Words are folded (lower case, no accents) and matched
 * as whole words: `Conseil Régional` is an organisation, `Conseiller` a position.
 */
import { fold } from "./text";

/** French and English words that name a job. */
export const TITLE_WORDS: readonly string[] = [
  "directeur", "directrice", "director",
  "chef", "cheffe",
  "responsable",
  "coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice", "coordinator",
  "conseiller", "conseillere",
  "charge", "chargee",
  "president", "presidente",
  "secretaire",
  "representant", "representante",
  "point focal",
  "gestionnaire", "gerant", "gerante",
  "expert", "experte",
  "specialiste",
  "administrateur", "administratrice",
  "assistant", "assistante",
  "team leader",
  "consultant", "consultante",
  "delegue", "deleguee",
  "attache", "attachee",
  "fondateur", "fondatrice", "co-fondateur", "co-fondatrice",
  "surveillant", "surveillante",
  "dg", "ceo", "cto", "cfo",
];

/** English titles put the head noun last (`Youth Entrepreneurship Project Officer`). */
export const HEAD_LAST_WORDS: readonly string[] = ["officer", "manager", "advisor", "adviser", "lead", "specialist"];

/** Words that open a title in front of a title word (`Première Secrétaire`, `Vice-Président`). */
export const TITLE_MODIFIERS: readonly string[] = ["premier", "premiere", "vice", "sous", "haut", "haute"];

/** English words that open a title whose head noun comes later (`Program Officer`, `Global Lead`). */
const ENGLISH_OPENERS: readonly string[] = ["project", "program", "programme", "global"];

const LETTER = "\\p{L}";

/** Whole-word matcher, global, on folded text. */
export function wordPattern(list: readonly string[]): RegExp {
  const alternatives = list.map((w) => w.replace(/ /g, "\\s+").replace(/-/g, "[-\\s]?")).join("|");
  return new RegExp(`(?<![${LETTER}])(?:${alternatives})(?![${LETTER}])`, "gu");
}

const STARTS_WITH_TITLE_RE = new RegExp(
  `^(?:(?:${TITLE_MODIFIERS.join("|")})[\\s-]+)?(?:${[...TITLE_WORDS, ...HEAD_LAST_WORDS, ...ENGLISH_OPENERS]
    .map((w) => w.replace(/ /g, "\\s+").replace(/-/g, "[-\\s]?"))
    .join("|")})(?![${LETTER}])`,
  "u",
);

/** Does the text open with a job title ("Directeur Général", "Première Secrétaire", "Program Officer")? */
export function startsWithJobTitle(text: string): boolean {
  return STARTS_WITH_TITLE_RE.test(fold(text).trim());
}
