/**
 * A fiche's contact persons and its report sections, as a viewer may see them.
 * Partner and donor fiches both go through {@link serializeContactsAndSections}: the
 * contacts through the one gate (lib/auth/contacts.ts), and the sections lose
 * their contact fields whenever the contacts are hidden, so the report's own
 * text cannot give away what the gate withholds.
 */
import { serializeContacts, type ContactRecord, type ContactView } from "../auth/contacts";
import type { Viewer } from "../auth/roles";
import { serializeSections, withoutPersonalData, type FicheSectionView, type SectionRecord } from "./sections";

/** The Prisma `select` for contact persons, in the shape lib/auth/contacts.ts expects. */
export const contactsSelect = {
  orderBy: { position: "asc" },
  select: {
    name: true,
    role: true,
    emails: true,
    phones: { orderBy: { position: "asc" }, select: { text: true, number: true } },
  },
} as const;

export interface FicheContactsView {
  hidden: boolean;
  count: number;
  items: ContactView[];
}

export function serializeContactsAndSections(
  fiche: { contacts: ContactRecord[]; sections: SectionRecord[] },
  viewer: Viewer,
): { contacts: FicheContactsView; sections: FicheSectionView[] } {
  const contacts = serializeContacts(fiche.contacts, viewer);
  const sections = serializeSections(fiche.sections);
  return { contacts, sections: contacts.hidden ? withoutPersonalData(sections) : sections };
}
