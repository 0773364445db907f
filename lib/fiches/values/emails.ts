/**
 * E-mail addresses as written. Two addresses can be glued with "/"
 * ("a@x.fr/b@y.ml") and `mailto:` link lines repeat the visible ones,
 * sometimes with another case (docs/report-format.md §4.2), hence the case-insensitive dedup.
 */

const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** E-mail addresses of a text, in order, without case-insensitive duplicates. */
export function parseEmails(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(EMAIL_RE)) {
    const email = m[0].replace(/[.\-_]+$/, "");
    if (!out.some((e) => e.toLowerCase() === email.toLowerCase())) out.push(email);
  }
  return out;
}
