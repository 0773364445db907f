/**
 * French-written numbers as the report prints them: thousands grouped with a
 * dot ("2.299") or a space ("204 252"), decimals after a comma ("68,67").
 * A dot followed by exactly three digits is always a thousands separator:
 * the report never writes decimals with a dot.
 */

/**
 * Source of a regex matching one French number. Space grouping only takes
 * groups of exactly three digits so "2 500" joins but "2021 2022" does not.
 */
export const FRENCH_NUMBER_SOURCE = String.raw`\d{1,3}(?:(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:,\d+)?(?!\d)|\d+(?:,\d+)?`;

/** Parse one French number: "2.299" -> 2299, "2 500" -> 2500, "8,6" -> 8.6; null if not a number. */
export function parseFrenchNumber(s: string): number | null {
  const t = s.trim();
  if (!new RegExp(`^(?:${FRENCH_NUMBER_SOURCE})$`).test(t)) return null;
  const n = Number(t.replace(/[.\s\u00a0\u202f]/g, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** Every French number in a text, with its position (for callers that look at the words around it). */
export function findFrenchNumbers(text: string): { value: number; index: number; raw: string }[] {
  const out: { value: number; index: number; raw: string }[] = [];
  const re = new RegExp(`(?<![\\d.,])(?:${FRENCH_NUMBER_SOURCE})`, "g");
  for (const m of text.matchAll(re)) {
    const value = parseFrenchNumber(m[0]);
    if (value !== null) out.push({ value, index: m.index ?? 0, raw: m[0] });
  }
  return out;
}

/** Word numbers used for vague quantities ("une centaine", "une soixantaine"). */
export const APPROXIMATE_WORDS: Readonly<Record<string, number>> = {
  dizaine: 10,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};
