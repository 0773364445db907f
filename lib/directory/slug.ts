/** Slugs are lower-case words joined by hyphens; anything else cannot name a fiche (partner or donor). */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function isSlug(value: string): boolean {
  return value.length <= 200 && SLUG.test(value);
}
