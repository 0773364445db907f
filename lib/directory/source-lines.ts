/**
 * Where a value comes from in the report: its first and last line. Every
 * stored row that came from the report keeps them (`startLine`/`endLine`, or
 * `sourceStart`/`sourceEnd` on a whole fiche); pages show them as "l. 12–20".
 */

/** [first, last] line of the report, both inclusive; null for a value typed by an admin. */
export type SourceLines = [number, number] | null;

/** The lines of a stored row: a single line when only the first is known, null when none. */
export function sourceLines(start: number | null, end: number | null): SourceLines {
  return start == null ? null : [start, end ?? start];
}
