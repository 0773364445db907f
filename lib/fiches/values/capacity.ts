/**
 * Capacities read from free text ("Capacité d’absorption", "Capacité totale",
 * "Capacité d’intégration…"). The figure kept answers "how many people can it
 * take": a figure said as a capacity ("peut accueillir", "capacité de",
 * "jusqu’à", "… par an", "par cohorte") wins, then one counting people, then
 * one counting organisations ("20 entreprises"); years, ages, durations,
 * percentages, money and counts of rooms or offices are skipped.
 *
 * Only figures the text states are kept: "une centaine" is a number said in
 * words (100), "plusieurs centaines" is no number at all. A figure that counts
 * a part of the structure ("25 apprenants par groupe", "4 salles de 25 places")
 * keeps that part in `per`, so it is never read as the structure's total.
 */
import type { Capacity } from "../types";
import { APPROXIMATE_WORDS, findFrenchNumbers } from "./numbers";
import { fold, squash } from "./text";

/** Who is counted (folded forms); multi-word units first. */
const PEOPLE_UNITS = [
  "migrants de retour", "porteurs de projets", "porteurs de projet", "porteurs d'entreprises",
  "jeunes entrepreneurs", "demandeurs d'emploi",
  "apprenants", "apprenant", "eleves", "jeunes", "personnes", "beneficiaires", "migrants", "entreprises",
  "entrepreneurs", "porteurs", "stagiaires", "candidats", "salaries", "participants", "femmes", "places",
  "membres", "travailleurs", "etudiants", "auditeurs", "mineurs", "enfants", "pme",
];
/** Units that count organisations, not people: kept only when no figure counts people. */
const ORGANISATION_UNITS = new Set(["entreprises", "pme"]);
const UNIT_RE = new RegExp(`^\\s*(?:de |d')?(?:(?:[\\p{L}-]+) ){0,1}?(${PEOPLE_UNITS.join("|")})(?![\\p{L}])`, "u");
/** "Nombre de salariés placés : environ 4 000": the unit before the figure. */
const UNIT_BEFORE_RE = new RegExp(`nombre (?:actuel )?(?:de |d'|des )(${PEOPLE_UNITS.join("|")})[^.:\\d]*(?::|est de|est d'environ)?\\s*(?:environ |pres de )?$`, "u");

/** What follows a number and makes it something other than a head count. */
const NOT_PEOPLE_AFTER_RE = /^\s*(?:%|ans\b|an\b|mois\b|jours?\b|semaines?\b|heures?\b|f\s?cfa|fcfa|eur|usd|chf|millions?|milliards?|[\/.]\d)/;
const NOT_PEOPLE_BEFORE_RE = /(?:ages? (?:de|entre)|entre|\/|\+ ?)\s*$/;

const RANGE_RE = /^\s*(?:a|et|-|–)\s*$/;

/**
 * Periods, folded. A target over several years ("1 300 migrants de retour sur
 * 5 ans") is a multi-year total, not a yearly flow: "total", like a cumulated
 * count ("au total", "ont été formés", "depuis 2015").
 */
const PERIODS: ReadonlyArray<[RegExp, NonNullable<Capacity["period"]>]> = [
  [/par (?:cohorte|session|promotion|vague)|cohortes? de/g, "cohort"],
  [/par mois|\/ ?mois|mensuel/g, "month"],
  [/par an\b|par annee|\/ ?an\b|chaque annee|annuel/g, "year"],
  [/au total|ont ete (?:formes|accompagnes|places|inscrits)|depuis (?:sa creation|\d{4})|cumul|sur (?:[2-9]|\d{2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans\b/g, "total"],
];

/**
 * A figure said as a capacity, in the folded text just before it ("peut
 * accueillir jusqu'à", "a la capacité de former", "capacité d'accueil de");
 * "peut héberger" is lodging, not a capacity to train or support…
 */
const CAPACITY_VERB = "(?:accueillir|former|accompagner|absorber|recevoir|prendre en charge|encadrer|toucher)";
const CAPACITY_BEFORE_RE = new RegExp(
  `(?:\\b(?:peu(?:t|vent)|pourr(?:a|ait|aient))\\b[^.;\\d]{0,20}?\\b${CAPACITY_VERB}\\b[^.;\\d]{0,25}|\\bcapacites?\\b[^.;\\d]{0,40}|jusqu'a\\s*|au maximum\\s*)$`,
);
/** … or just after it ("… par an", "… par cohorte", "… peuvent être accompagnés"). */
const CAPACITY_AFTER_RE =
  /^[^.;\d]{0,30}?(?:\bpar (?:an|annee|cohorte|session|promotion|groupe)\b|\b(?:peu(?:t|vent)|pourr(?:a|ait|aient))\s+(?:etre\s+)?(?:accueilli|forme|accompagne|pris en charge|encadre))/;

/**
 * What a figure counts a part of ("par groupe", "par salle", "par filière",
 * "par localité"), folded; a period ("par an", "par cohorte") is not a part.
 */
const PART_AFTER_RE =
  /^[^.;\d]{0,60}?\bpar (groupe|salle|atelier|filiere|classe|localite|site|centre|antenne|agence|formateur|module)s?\b/;
/** "4 salles de 25 places", "11 ateliers de 25 apprenants": the part before the figure. */
const PART_BEFORE_RE = /\b(groupe|salle|atelier|classe|site|centre)s? (?:de |d')$/;

/** The part a figure counts, as written and singular ("groupe", "salle"), or null for the whole structure. */
function partOf(written: string, folded: string, c: Candidate): string | null {
  const before = PART_BEFORE_RE.exec(folded.slice(Math.max(0, c.index - 30), c.index));
  if (before) {
    const at = c.index - before[0].length;
    return written.slice(at, at + before[1].length);
  }
  const after = PART_AFTER_RE.exec(folded.slice(c.end));
  if (!after) return null;
  const at = c.end + after[0].length - after[1].length - (after[0].endsWith("s") && !after[1].endsWith("s") ? 1 : 0);
  return written.slice(at, at + after[1].length);
}

/** The period said nearest after the figure in its sentence, else anywhere in the sentence. */
function periodOf(sentence: string, figureEnd: number): Capacity["period"] {
  let best: { at: number; period: Capacity["period"] } = { at: Infinity, period: null };
  for (const [re, period] of PERIODS) {
    for (const m of sentence.matchAll(re)) {
      const at = (m.index ?? 0) >= figureEnd ? (m.index ?? 0) - figureEnd : 10_000 + figureEnd - (m.index ?? 0);
      if (at < best.at) best = { at, period };
    }
  }
  return best.period;
}

interface Candidate {
  min: number | null;
  max: number | null;
  unit: string | null;
  index: number;
  end: number;
  /** Said as a capacity (see CAPACITY_BEFORE_RE / CAPACITY_AFTER_RE). */
  stated?: boolean;
}

/** Stated capacities first, then people, then organisations, then bare figures. */
function rank(c: Candidate): number {
  const unit = c.unit === null ? 0 : ORGANISATION_UNITS.has(fold(c.unit)) ? 1 : 2;
  return (c.stated ? 4 : 0) + unit;
}

/** Mark the candidates said as a capacity, looking only inside their own sentence. */
function markStated(candidates: Candidate[], folded: string): void {
  for (const c of candidates) {
    const start = Math.max(folded.lastIndexOf(". ", c.index), folded.lastIndexOf("; ", c.index), 0);
    c.stated = CAPACITY_BEFORE_RE.test(folded.slice(start, c.index)) || CAPACITY_AFTER_RE.test(folded.slice(c.end));
  }
}

function numericCandidates(text: string, folded: string): Candidate[] {
  const nums = findFrenchNumbers(folded);
  const out: Candidate[] = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    const after = folded.slice(n.index + n.raw.length);
    const before = folded.slice(0, n.index);
    if (NOT_PEOPLE_AFTER_RE.test(after) || NOT_PEOPLE_BEFORE_RE.test(before.slice(-12))) {
      // "de 40 à 60 migrants": "entre"/"de" before the low bound is fine when a range follows.
      const next = nums[i + 1];
      const isRangeLow = next && RANGE_RE.test(folded.slice(n.index + n.raw.length, next.index));
      if (!isRangeLow || NOT_PEOPLE_AFTER_RE.test(after) || /ages? (?:de|entre)\s*$/.test(before)) continue;
    }
    const plainYear = n.value >= 1950 && n.value <= 2100 && !/\D/.test(n.raw);
    let hi = n;
    let low: number | null = n.value;
    const next = nums[i + 1];
    if (next && RANGE_RE.test(folded.slice(n.index + n.raw.length, next.index))) {
      hi = next;
      i++;
    } else low = null;
    const tail = folded.slice(hi.index + hi.raw.length);
    if (NOT_PEOPLE_AFTER_RE.test(tail)) continue;
    const unitAfter = UNIT_RE.exec(tail);
    const unitBefore = UNIT_BEFORE_RE.exec(before);
    const unitFolded = unitAfter?.[1] ?? unitBefore?.[1] ?? null;
    if (plainYear && !unitFolded) continue;
    // Without a people unit, a figure followed by a noun counts something else ("11 directions", "2Scale").
    if (!unitFolded && /^\s*(?!par\b|a\b|et\b)\p{L}/u.test(tail)) continue;
    let unit: string | null = null;
    if (unitFolded) {
      // Give the unit as written, at the same place in the original text.
      const at = unitAfter ? hi.index + hi.raw.length + unitAfter[0].length - unitFolded.length : unitBefore!.index + unitBefore![0].indexOf(unitFolded);
      unit = text.slice(at, at + unitFolded.length);
    }
    const bound = before.slice(-20);
    const value = hi.value;
    let min: number | null = low ?? value;
    let max: number | null = value;
    if (low === null && /(?:jusqu'a|au plus|maximum|au maximum)\s*$/.test(bound)) min = null;
    if (low === null && /(?:plus de|au moins|minimum|au minimum)\s*$/.test(bound)) max = null;
    out.push({ min, max, unit, index: n.index, end: hi.index + hi.raw.length });
  }
  return out;
}

function approximateCandidates(text: string, folded: string): Candidate[] {
  const out: Candidate[] = [];
  // "une centaine" says a number; "plusieurs / quelques centaines" does not, so it gives no candidate.
  const re = new RegExp(`\\b(?:une?|d'une?) (${Object.keys(APPROXIMATE_WORDS).join("|")})\\b`, "g");
  for (const m of folded.matchAll(re)) {
    const base = APPROXIMATE_WORDS[m[1]];
    const tail = folded.slice((m.index ?? 0) + m[0].length);
    const u = UNIT_RE.exec(tail);
    const at = u ? (m.index ?? 0) + m[0].length + u[0].length - u[1].length : -1;
    out.push({
      min: base,
      max: base,
      unit: u ? text.slice(at, at + u[1].length) : null,
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}

/**
 * A capacity from free text: "jusqu’à 800 apprenants par an" -> max 800,
 * "300 à 400" -> 300–400, "une centaine" -> 100, "Pas de limites" -> unlimited,
 * "25 apprenants par groupe" -> 25 per "groupe". The text is always kept:
 * without a figure ("Plusieurs centaines de personnes", prose), min and max
 * stay null. Null only for an empty text.
 */
export function parseCapacity(text: string): Capacity | null {
  const written = squash(text);
  if (!written) return null;
  const folded = fold(written);
  const unlimited = /pas de limite|sans limite|illimite|aucune limite/.test(folded);
  const candidates = [...numericCandidates(written, folded), ...approximateCandidates(written, folded)].sort(
    (a, b) => a.index - b.index,
  );
  markStated(candidates, folded);
  // Highest rank, the first one said on a tie; a bare figure beside "pas de limite" is not a capacity.
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || rank(c) > rank(best)) best = c;
  if (best && unlimited && rank(best) === 0) best = undefined;
  if (!best) return { text: written, min: null, max: null, unit: null, period: null, per: null, unlimited };
  // The period is said in the sentence of the figure.
  const sentenceEnd = folded.slice(best.end).search(/[.;](?:\s|$)|\n/);
  const sentenceStart = Math.max(folded.lastIndexOf(". ", best.index), folded.lastIndexOf("; ", best.index), 0);
  const sentence = folded.slice(sentenceStart, sentenceEnd < 0 ? undefined : best.end + sentenceEnd);
  return {
    text: written,
    min: best.min,
    max: best.max,
    unit: best.unit,
    period: periodOf(sentence, best.end - sentenceStart),
    per: partOf(written, folded, best),
    unlimited,
  };
}
