/**
 * List items in the report's values. The extraction keeps three bullet
 * glyphs at line start (`•`, `-`, `–`) and `o` before a space for sub-items;
 * every reader of a value finds items through this one module.
 */

/** A bullet at line start (sub-items `o ` included), with the spaces around it. */
export const BULLET_RE = /^\s*(?:[•\-–]|o(?=\s))\s*/;

/** A top-level bullet only: `o ` sub-items stay inside the item above (actor project names). */
export const TOP_BULLET_RE = /^\s*[•\-–]\s*/;

/** A line that starts a list item. */
export const isBullet = (line: string): boolean => BULLET_RE.test(line);

/** The line without its bullet. */
export const stripBullet = (line: string): string => line.replace(BULLET_RE, "");
