/**
 * Training courses ("Filières de formation", FP1–9): bullet lists
 * ("- Mécanique auto : 13 mois"), group headers ("Filière … :"), lists in
 * prose ("• CAP : Électricité Bâtiment, Mécanique auto, …") and durations
 * such as "2 ans", "45 jours", "de 3 à 6 mois" or "6 mois d’apprentissage et
 * 3 mois de stage pratique" (summed: the course lasts both).
 */
import type { Training } from "../types";
import { fold } from "./text";
import { isBullet, stripBullet } from "./bullets";

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
};
const NUMBER = String.raw`\d+(?:,\d+)?|${Object.keys(WORD_NUMBERS).join("|")}`;
const UNIT = String.raw`ans?|annees?|mois|semaines?|jours?`;
const DURATION_RE = new RegExp(
  String.raw`(?:(?:de|entre)\s+)?(?:(${NUMBER})\s*(?:a|et|-|–)\s*)?\b(${NUMBER})\s*(${UNIT})\b`,
  "g",
);

const toNumber = (s: string) => WORD_NUMBERS[s] ?? Number(s.replace(",", "."));

function toMonths(n: number, unit: string): number {
  if (unit.startsWith("an")) return n * 12;
  if (unit.startsWith("semaine")) return Math.round(((n * 12) / 52) * 10) / 10;
  if (unit.startsWith("jour")) return Math.round((n / 30) * 10) / 10;
  return n;
}

/**
 * Months of a duration text: "13 mois" -> 13, "2 ans" -> 24, "45 jours" -> 1.5,
 * "de 3 à 6 mois" -> 6; several durations joined by "et" are added up.
 */
export function parseDurationMonths(text: string): number | null {
  let total = 0;
  let found = false;
  for (const m of fold(text).matchAll(DURATION_RE)) {
    found = true;
    total += toMonths(toNumber(m[2]), m[3]);
  }
  return found ? Math.round(total * 10) / 10 : null;
}

const startsWithDuration = (s: string) => new RegExp(String.raw`^(?:duree\s*:?\s*)?(?:de\s+|entre\s+)?(?:${NUMBER})\s*(?:(?:a|et|-)\s*(?:${NUMBER})\s*)?(?:${UNIT})\b`).test(fold(s).trim());

function cleanName(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/\s*\bDurée\s*:?\s*$/i, "")
    .replace(/^[\s;,.:]+|[\s;,.:]+$/g, "");
}

/** One logical item (bullet with its wrapped lines) into trainings. */
function itemToTrainings(item: string): Training[] {
  const colon = item.search(/\s:\s|\s:$|:\s/);
  if (colon >= 0) {
    const left = item.slice(0, colon);
    const right = item.slice(item.indexOf(":", colon) + 1).trim();
    if (startsWithDuration(right) || /^durée/i.test(left.split(" ").at(-1) ?? "")) {
      return [{ name: cleanName(left), durationMonths: parseDurationMonths(right) }];
    }
    // "CAP : A, B, C" — the left side names a level or a group, the right side lists courses.
    if (right.includes(",")) return listToTrainings(right);
    if (!right) return [];
  }
  const name = cleanName(item);
  return name ? [{ name, durationMonths: null }] : [];
}

/** A comma-separated list of courses in prose. */
function listToTrainings(text: string): Training[] {
  return text
    .split(/[,;]/)
    .map(cleanName)
    .filter((n) => n.length > 1)
    .map((name) => ({ name, durationMonths: null }));
}

/** A line that introduces or groups courses rather than naming one. */
const isHeader = (line: string) => /:\s*$/.test(line) || /^fili[eè]re\b/i.test(line.trim());

/** The courses of a "Filières de formation" value, in order, names trimmed as written. */
export function parseTrainings(text: string): Training[] {
  const lines = text.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim());
  const hasBullets = lines.some((l) => isBullet(l.trim()));
  const items: string[] = [];
  let open = false;
  for (const line of lines) {
    const t = line.trim();
    if (isBullet(t)) {
      items.push(stripBullet(t));
      open = true;
    } else if (open && (/^[\p{Ll}(]/u.test(t) || !/[;.:]$/.test(items[items.length - 1]))) {
      // A wrapped bullet: lower-case start, or the bullet stopped mid-list ("Mécatronique,").
      items[items.length - 1] += ` ${t}`;
    } else {
      open = false;
    }
  }
  if (hasBullets) return unique(items.flatMap(itemToTrainings));
  // No bullets: one course per line, or a list in a sentence ("Les filières sont : A, B et C.").
  const out: Training[] = [];
  for (const line of lines) {
    const t = line.trim();
    const afterColon = t.includes(":") ? t.slice(t.indexOf(":") + 1).trim() : null;
    if (afterColon && !startsWithDuration(afterColon)) {
      out.push(...listToTrainings(afterColon.replace(/\s+et\s+(?=[^,]*$)/, ", ")));
    } else if (!isHeader(t) && !/^(?:le|la|les|l’|l')\s/i.test(t)) {
      out.push(...itemToTrainings(t));
    }
  }
  return unique(out);
}

/** The same course listed under two levels (CAP and BT) is one course. */
function unique(trainings: Training[]): Training[] {
  const seen = new Set<string>();
  return trainings.filter((t) => {
    const key = fold(t.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
