/**
 * Does the partner already work with returning migrants? Read from the
 * sentences of its fiche. Conservative: "yes" needs the partner itself doing
 * it now, "past" a finished or earlier experience; hypotheses ("pourrait",
 * "peut", "a les capacités", "si les conditions…") never count.
 */
import type { ReturneeExperience, ReturneeValue } from "../types";
import { PAST_EXPERIENCE_LAST_YEAR, RETURNEE_PROGRAMMES } from "../edition";
import { BULLET_RE, stripBullet } from "./bullets";
import { fold, joinCutWords, squash } from "./text";

/**
 * A returning migrant, not a "région de retour" or "leur retour"; or a
 * programme for them (RETURNEE_PROGRAMMES, edition.ts).
 */
const RETURNEE_RE = new RegExp(
  String.raw`\b(?:migrants?|maliens|mineurs|jeunes|immigres|personnes)\s+(?:[(a-z'-]+\s+){0,3}?(?:de\s+)?retour\b|\bmigrants? retour\b|\bexpulses\b|\brapatrie|` +
    RETURNEE_PROGRAMMES.map((p) => fold(p).replace(/[-]/g, "[- ]")).join("|"),
);

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
  /y compris (?:des |les )?(?:\w+ )?migrants|\b(?:accueille|accompagne|travaille avec|contribue a|collabore avec|adapte|propose un accompagnement aux|prend en charge)\b|\bbeneficiaires (?:actuels )?(?:sont|:)|\bexpertise[^.]*(?:accompagnement|protection|reintegration|accueil)[^.]*(?:des|aux) migrants|\bdans le cadre de l'ic ue-oim\b|\bexperience d'accueil\b|\breçoivent\b|\brecoivent\b/;

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
const RETURNEE_STEM_RE = new RegExp(`retour|expuls|rapatri|${RETURNEE_PROGRAMMES.map((p) => p.replace(/[-]/g, "[- ]")).join("|")}`, "i");

/**
 * `current`: the sentence stands in a field that lists whom the partner serves
 * now (Profil des bénéficiaires actuels): naming returnees there says it works
 * with them (FP26 "Jeunes entrepreneurs franco-maliens de retour").
 */
function classify(sentence: string, current: boolean): ReturneeValue | "weak-past" | null {
  if (!RETURNEE_STEM_RE.test(sentence)) return null;
  const f = fold(sentence);
  if (!RETURNEE_RE.test(f)) return null;
  if (NO_RE.test(f)) return "no";
  if (HYPOTHETICAL_RE.test(f)) return null;
  if (PAST_RE.test(f) || isDatedPast(f)) return "past";
  if (current) return "yes";
  // An example in brackets ("(ex. la prestation dans le cadre de l’IC UE-OIM)") is not what the sentence says the partner does.
  if (YES_RE.test(f.replace(/\((?:ex\.|par ex)[^)]*\)/g, ""))) return "yes";
  if (WEAK_PAST_RE.test(f)) return "weak-past";
  return null;
}

/** Strongest statement first: doing it now, then a past experience, then an explicit "not yet". */
const RANK: ReadonlyArray<ReturneeValue | "weak-past"> = ["yes", "past", "no", "weak-past"];

/** A field of the fiche: its label key ("beneficiaries" lists whom the partner serves now) and value. */
export interface ReturneeSource {
  key: string | null;
  value: string;
}

/** Label keys of the fields that list the partner's current beneficiaries. */
const CURRENT_BENEFICIARY_KEYS = new Set(["beneficiaries"]);

/**
 * Decide from the fiche's fields (all sections, in order) whether the partner
 * already works with returning migrants; evidence is the deciding sentence.
 */
export function detectReturneeExperience(fields: readonly ReturneeSource[]): ReturneeExperience {
  const found = new Map<ReturneeValue | "weak-past", string>();
  // Only texts naming returnees can hold a deciding sentence: cutting the others into sentences is wasted work.
  for (const field of fields) {
    if (!RETURNEE_STEM_RE.test(field.value)) continue;
    const current = field.key !== null && CURRENT_BENEFICIARY_KEYS.has(field.key);
    for (const s of sentences([field.value])) {
      const c = classify(s, current);
      if (c && !found.has(c)) found.set(c, s);
    }
  }
  for (const value of RANK) {
    const evidence = found.get(value);
    if (evidence) return { value: value === "weak-past" ? "past" : value, evidence };
  }
  return { value: "unknown", evidence: null };
}
