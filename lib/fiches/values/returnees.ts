/**
 * Does the partner already work with returning migrants? Read from the
 * sentences of its fiche. Conservative: "yes" needs the partner itself doing
 * it now, "past" a finished or earlier experience; hypotheses ("pourrait",
 * "peut", "a les capacités", "si les conditions…") never count.
 */
import type { ReturneeExperience, ReturneeValue } from "../types";
import { PAST_EXPERIENCE_LAST_YEAR } from "../edition";
import { BULLET_RE, stripBullet } from "./bullets";
import { fold, joinCutWords, squash } from "./text";

/** A returning migrant, not a "région de retour" or "leur retour". */
const RETURNEE_RE =
  /\b(?:migrants?|maliens|mineurs|jeunes|immigres|personnes)\s+(?:[(a-z'-]+\s+){0,3}?(?:de\s+)?retour\b|\bmigrants? retour\b|\bexpulses\b|\brapatrie/;

/** Hypotheses, wishes and plans. */
const HYPOTHETICAL_RE =
  /\b(?:pourrai(?:t|ent)|pourra(?:it|ient)?|peu(?:t|vent)|devrai(?:t|ent)|doit etre|envisag\w*|possibilite|perspectives?|pret a|si les conditions|a (?:la|les) capacites?|capacite d|objectif|discussions?|souhait\w*|adapter|elargir|implanter|dupliquer|developper|renforcer|soutenir|mise en place|mettre en place)\b/;

const NO_RE =
  /n'a (?:pas|jamais) (?:encore )?(?:accueilli|accompagne|travaille|forme|recu|eu)|aucun (?:migrant|jeune) (?:de )?retour|pas (?:encore )?d'experience|jamais (?:accueilli|accompagne|travaille)/;

const PAST_RE =
  /\bpar le passe\b|\ba (?:deja |egalement |aussi )?(?:participe|accompagne|travaille|ete partenaire|forme|accueilli|mene|soutenu|appuye)\b|\bs'est mobilise|\bdeja menee?s?\b|\bciblait\b|\bn'est plus\b|\bont ete (?:accompagnes|formes|accueillis)\b/;

/** A dated activity that ended by PAST_EXPERIENCE_LAST_YEAR: "2017 – 2019", "en 2018". */
const DATED_RE = /\b(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b|\ben ((?:19|20)\d\d)\b/g;
const isDatedPast = (folded: string) =>
  [...folded.matchAll(DATED_RE)].some((m) => Number(m[1] ?? m[2]) <= PAST_EXPERIENCE_LAST_YEAR);

/** Having built training for returnees is experience, if weaker than having hosted them. */
const WEAK_PAST_RE = /\ba deja developpe\b/;

const YES_RE =
  /y compris (?:des |les )?(?:\w+ )?migrants|\b(?:accueille|accompagne|travaille avec|contribue a|collabore avec|adapte|propose un accompagnement aux|prend en charge)\b|\bbeneficiaires (?:actuels )?(?:sont|:)|\bdans le cadre de l'ic ue-oim\b|\bexpertise[^.]*(?:accompagnement|protection|reintegration|accueil)[^.]*(?:des|aux) migrants|\bexperience d'accueil\b|\breçoivent\b|\brecoivent\b/;

/** Where a sentence ends: before a bullet line, after `. ; ! ?` before a capital or bullet, before a line opening with a capital. */
const ITEM_OR_SENTENCE_BREAK_RE = new RegExp(
  `\\n(?=${BULLET_RE.source.slice(1)})|(?<=[.;!?])\\s+(?=\\p{Lu}|[-•])|\\n(?=\\p{Lu})`,
  "u",
);

/** Sentences of the fiche: bullets, line breaks and sentence ends. */
function sentences(texts: string[]): string[] {
  return texts
    .flatMap((t) => joinCutWords(t).split(ITEM_OR_SENTENCE_BREAK_RE))
    .map((s) => squash(stripBullet(s)))
    .filter(Boolean);
}

/** Every RETURNEE_RE match holds one of these stems: a cheap test on the raw sentence spares folding the others. */
const RETURNEE_STEM_RE = /retour|expuls|rapatri/i;

function classify(sentence: string): ReturneeValue | "weak-past" | null {
  if (!RETURNEE_STEM_RE.test(sentence)) return null;
  const f = fold(sentence);
  if (!RETURNEE_RE.test(f)) return null;
  if (NO_RE.test(f)) return "no";
  if (HYPOTHETICAL_RE.test(f)) return null;
  if (PAST_RE.test(f) || isDatedPast(f)) return "past";
  if (YES_RE.test(f)) return "yes";
  if (WEAK_PAST_RE.test(f)) return "weak-past";
  return null;
}

/** Strongest statement first: doing it now, then a past experience, then an explicit "not yet". */
const RANK: ReadonlyArray<ReturneeValue | "weak-past"> = ["yes", "past", "no", "weak-past"];

/**
 * Decide from the fiche's value texts (all sections, in order) whether the
 * partner already works with returning migrants; evidence is the deciding sentence.
 */
export function detectReturneeExperience(texts: string[]): ReturneeExperience {
  const found = new Map<ReturneeValue | "weak-past", string>();
  // Only texts naming returnees can hold a deciding sentence: cutting the others into sentences is wasted work.
  for (const s of sentences(texts.filter((t) => RETURNEE_STEM_RE.test(t)))) {
    const c = classify(s);
    if (c && !found.has(c)) found.set(c, s);
  }
  for (const value of RANK) {
    const evidence = found.get(value);
    if (evidence) return { value: value === "weak-past" ? "past" : value, evidence };
  }
  return { value: "unknown", evidence: null };
}
