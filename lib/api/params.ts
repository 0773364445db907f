/** Slugs are lower-case ASCII words joined by hyphens (lib/fiches/values/slug.ts makes them). */
const SLUG = /^[a-z0-9][a-z0-9-]{0,159}$/;

/**
 * A path's slug when it can name a record, else null (the caller answers 404):
 * anything else (a NUL byte, broken UTF-8, 10 kB of text) never reaches the database.
 */
export function slugParam(value: string | undefined): string | null {
  return typeof value === "string" && SLUG.test(value) ? value : null;
}
