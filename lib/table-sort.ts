/**
 * The one sort convention of the app's URL-driven tables (the partner list's):
 * one parameter whose value is a column key, ascending, or the key prefixed with
 * `-`, descending (`sort=name`, `sort=-capacity`). A page with two tables gives
 * each its own parameter name (/sources: `isort`, `dsort`) and keeps the values.
 * Pure and dependency-free: client components, parsers and the table kit share it.
 */

export type SortValue<K extends string> = K | `-${K}`;

/** Every accepted value for these keys, for a zod enum or the OpenAPI document. */
export function sortValues<const K extends readonly [string, ...string[]]>(keys: K): [SortValue<K[number]>, ...SortValue<K[number]>[]] {
  return keys.flatMap((k) => [k, `-${k}`]) as [SortValue<K[number]>, ...SortValue<K[number]>[]];
}

/** The column and direction a value names. */
export function readSort<K extends string>(value: SortValue<K>): { id: K; desc: boolean } {
  return value.startsWith("-") ? { id: value.slice(1) as K, desc: true } : { id: value as K, desc: false };
}

/** How `key` is sorted under `current`, or null when another column (or relevance) sorts. */
export function sortDirection(current: string, key: string): "asc" | "desc" | null {
  if (current === key) return "asc";
  if (current === `-${key}`) return "desc";
  return null;
}

/**
 * The value a click on `key`'s header sets: the other direction when it already
 * sorts, otherwise its first direction (biggest first for figures: `firstDesc`).
 */
export function nextSort<K extends string>(current: string, key: K, firstDesc = false): SortValue<K> {
  const direction = sortDirection(current, key);
  if (direction === "asc") return `-${key}`;
  if (direction === "desc") return key;
  return firstDesc ? `-${key}` : key;
}
