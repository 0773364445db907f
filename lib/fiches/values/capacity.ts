/**
 * Capacities read from free text ("Capacité d’absorption", "Capacité totale",
 * "Capacité d’intégration…"). The figure kept answers "how many people can it
 * take": numbers followed by a people unit win; years, ages, durations,
 * percentages, money and counts of rooms or offices are skipped.
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
const UNIT_RE = new RegExp(`^\\s*(?:de |d')?(?:(?:[\\p{L}-]+) ){0,1}?(${PEOPLE_UNITS.join("|")})(?![\\p{L}])`, "u");
/** "Nombre de salariés placés : environ 4 000": the unit before the figure. */
const UNIT_BEFORE_RE = new RegExp(`nombre (?:actuel )?(?:de |d'|des )(${PEOPLE_UNITS.join("|")})[^.:\\d]*(?::|est de|est d'environ)?\\s*(?:environ |pres de )?$`, "u");

/** What follows a number and makes it something other than a head count. */
const NOT_PEOPLE_AFTER_RE = /^\s*(?:%|ans\b|an\b|mois\b|jours?\b|semaines?\b|heures?\b|f\s?cfa|fcfa|eur|usd|chf|millions?|milliards?|[\/.]\d)/;
const NOT_PEOPLE_BEFORE_RE = /(?:ages? (?:de|entre)|entre|\/|\+ ?)\s*$/;

const RANGE_RE = /^\s*(?:a|et|-|–)\s*$/;

const PERIODS: ReadonlyArray<[RegExp, NonNullable<Capacity["period"]>]> = [
  [/par (?:cohorte|session|promotion|vague)|cohortes? de/, "cohort"],
  [/par mois|\/ ?mois|mensuel/, "month"],
  [/par an\b|par annee|\/ ?an\b|chaque annee|annuel/, "year"],
  [/au total|ont ete (?:formes|accompagnes|places|inscrits)|depuis (?:sa creation|\d{4})|cumul/, "total"],
];

/** The period said nearest after the figure in its sentence, else anywhere in the sentence. */
function periodOf(sentence: string, figureEnd: number): Capacity["period"] {
  let best: { at: number; period: Capacity["period"] } = { at: Infinity, period: null };
  for (const [re, period] of PERIODS) {
    const g = new RegExp(re.source, "g");
    for (const m of sentence.matchAll(g)) {
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
  const re = new RegExp(`\\b(une?|plusieurs|quelques) (${Object.keys(APPROXIMATE_WORDS).join("|")})s?\\b`, "g");
  for (const m of folded.matchAll(re)) {
    const base = APPROXIMATE_WORDS[m[2]];
    const several = m[1] !== "une" && m[1] !== "un";
    const tail = folded.slice((m.index ?? 0) + m[0].length);
    const u = UNIT_RE.exec(tail);
    const at = u ? (m.index ?? 0) + m[0].length + u[0].length - u[1].length : -1;
    out.push({
      min: several ? base * 2 : base,
      max: several ? null : base,
      unit: u ? text.slice(at, at + u[1].length) : null,
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}

/**
 * A capacity from free text: "jusqu’à 800 apprenants par an" -> max 800,
 * "300 à 400" -> 300–400, "une centaine" -> 100, "Plusieurs centaines" -> min 200,
 * "Pas de limites" -> unlimited. Null when there is no figure and no "no limit".
 */
export function parseCapacity(text: string): Capacity | null {
  const written = squash(text);
  if (!written) return null;
  const folded = fold(written);
  const unlimited = /pas de limite|sans limite|illimite|aucune limite/.test(folded);
  const candidates = [...numericCandidates(written, folded), ...approximateCandidates(written, folded)].sort(
    (a, b) => a.index - b.index,
  );
  const best = candidates.find((c) => c.unit !== null) ?? (unlimited ? undefined : candidates[0]);
  if (!best && !unlimited) return null;
  if (!best) return { text: written, min: null, max: null, unit: null, period: null, unlimited };
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
    unlimited,
  };
}
