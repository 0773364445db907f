/**
 * Comparing what the report says with what the database holds, so that a seed
 * run writes only the differences (a second run changes nothing) and never
 * touches what an admin edited (`editedFields`).
 */

/**
 * Deep equality of plain data (what the normalisers below return). Dates compare
 * by instant (JSON gives their ISO form); decimals are normalised by the callers.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The scalars of `desired` that differ from `current`, except those an admin
 * edited. Returns an empty object when nothing is to be written.
 */
export function scalarChanges<T extends Record<string, unknown>>(
  desired: T,
  current: Record<string, unknown>,
  edited: readonly string[],
): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(desired) as Array<keyof T & string>) {
    if (edited.includes(key)) continue;
    if (!sameValue(desired[key], current[key])) changes[key] = desired[key];
  }
  return changes;
}

/** The collection to write (the desired one), or null when it is unchanged or admin-edited. */
export function collectionChange<T>(name: string, desired: T[], current: T[], edited: readonly string[]): T[] | null {
  if (edited.includes(name)) return null;
  return sameValue(desired, current) ? null : desired;
}

/** What an admin edited wins: the effective value is the current one for edited names. */
export function effective<T>(name: string, desired: T, current: T | undefined, edited: readonly string[]): T {
  return current !== undefined && edited.includes(name) ? current : desired;
}
