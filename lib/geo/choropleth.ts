/**
 * The choropleth's classes: how many partners a colour stands for. Pure.
 * Zero has its own class (no partner is not "few partners"); the other counts
 * fall into at most `steps` equal, whole-number intervals from 1 to the maximum,
 * so that the legend reads "1–3, 4–6, …" and every count has exactly one colour.
 */

/** Light to dark; index 0 is "none". Dark enough at the top for a visible contrast with white borders. */
export const CLASS_COLOURS = ["#f1f5f9", "#d5ebe3", "#9fd0bf", "#5fa890", "#2f7d67", "#134638"] as const;

export interface ChoroplethClass {
  /** Index into CLASS_COLOURS. */
  index: number;
  min: number;
  max: number;
}

export interface Classification {
  classes: ChoroplethClass[];
  classOf: (count: number) => ChoroplethClass;
}

export function classify(counts: readonly number[], steps = CLASS_COLOURS.length - 1): Classification {
  const max = Math.max(0, ...counts);
  const size = Math.max(1, Math.ceil(max / steps));
  const classes: ChoroplethClass[] = [{ index: 0, min: 0, max: 0 }];
  for (let min = 1, index = 1; min <= max; min += size, index++) classes.push({ index, min, max: Math.min(max, min + size - 1) });
  return {
    classes,
    classOf: (count) => classes.find((c) => count >= c.min && count <= c.max) ?? classes[classes.length - 1],
  };
}
