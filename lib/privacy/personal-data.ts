/**
 * What in a fiche is personal data: the contact persons' names, roles, phones and
 * e-mails. Viewers who may not see contacts (lib/auth/roles.ts) must not get
 * them through any path: the fiche's sections (serialized without them), the
 * search (which neither matches nor quotes them, lib/partners/search-text.ts),
 * exports and APIs (lib/auth/contacts.ts). Pure: no database, no Next.js.
 */

/** Section keys (lib/fiches/labels.ts) whose fields are all contact details. */
const PERSONAL_SECTION_KEYS: ReadonlySet<string> = new Set(["contacts"]);
/** Field keys holding contact details wherever the report put them. */
const PERSONAL_FIELD_KEYS: ReadonlySet<string> = new Set(["focalPoint", "contact"]);

export function isPersonalSection(key: string | null | undefined): boolean {
  return key != null && PERSONAL_SECTION_KEYS.has(key);
}

export function isPersonalField(key: string | null | undefined): boolean {
  return key != null && PERSONAL_FIELD_KEYS.has(key);
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * Phone numbers as the report writes them: an international prefix (`+223`,
 * `+ 223/`, `00223`) followed by digits, or Mali's eight digits in pairs
 * (illustrative: `66.12.34.56`, `75 12 34 56`). Amounts (`10.000.000 FCFA`) group by three
 * and are left alone.
 */
const PHONE = /(?:(?:\+\s?|\b00)\d{2,3}[\s/.-]*(?:\d[\s./-]?){6,}\d|\b\d{2}([ .-])\d{2}\1\d{2}\1\d{2}\b|\b\d{8}\b)/gu;

/** The text with every e-mail address and phone number replaced by "…". */
export function redactContactDetails(text: string): string {
  return text.replace(EMAIL, "…").replace(PHONE, "…");
}
