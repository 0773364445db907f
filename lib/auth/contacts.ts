import type { Viewer } from "./roles";
import { canSeeContacts } from "./roles";

/** A contact as stored (partner or donor), with its phones. */
export interface ContactRecord {
  name: string | null;
  role: string | null;
  emails: string[];
  phones: { text: string; number: string | null }[];
}

export interface ContactView {
  name: string | null;
  role: string | null;
  emails: string[];
  phones: { text: string; number: string | null }[];
}

/**
 * The one gate for personal data (names, phones, e-mails of contact persons).
 * Every path (pages, API, exports, print) builds contacts through this
 * function: anonymous viewers get an empty list and `hidden: true`, so a page
 * can say "sign in to see contacts" without knowing why.
 */
export function serializeContacts(
  contacts: ContactRecord[],
  viewer: Viewer,
): { hidden: boolean; count: number; items: ContactView[] } {
  if (!canSeeContacts(viewer)) return { hidden: true, count: contacts.length, items: [] };
  return {
    hidden: false,
    count: contacts.length,
    items: contacts.map((c) => ({
      name: c.name,
      role: c.role,
      emails: [...c.emails],
      phones: c.phones.map((p) => ({ text: p.text, number: p.number })),
    })),
  };
}
