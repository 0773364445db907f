/**
 * Child collections shared by partner and donor fiches (contacts, sections,
 * regions), in one normalised shape built from the parser's output or from
 * database rows, so the two compare with `sameValue` and the desired one can be
 * written as a nested create.
 */
import type { Contact, FicheSection } from "../fiches/types";

export interface ContactRow {
  position: number;
  name: string | null;
  role: string | null;
  emails: string[];
  phones: Array<{ position: number; text: string; number: string | null }>;
}

export interface SectionRow {
  position: number;
  key: string;
  heading: string;
  startLine: number | null;
  endLine: number | null;
  fields: Array<{
    position: number;
    key: string | null;
    label: string;
    value: string;
    startLine: number | null;
    endLine: number | null;
  }>;
}

export function contactsFromReport(contacts: Contact[]): ContactRow[] {
  return contacts.map((c, i) => ({
    position: i,
    name: c.name,
    role: c.role,
    emails: c.emails,
    phones: c.phones.map((p, j) => ({ position: j, text: p.text, number: p.e164 })),
  }));
}

type DbContact = Omit<ContactRow, "phones"> & { phones: ContactRow["phones"] };

export function contactsFromDb(contacts: DbContact[]): ContactRow[] {
  return [...contacts]
    .sort((a, b) => a.position - b.position)
    .map((c) => ({
      position: c.position,
      name: c.name,
      role: c.role,
      emails: c.emails,
      phones: [...c.phones]
        .sort((a, b) => a.position - b.position)
        .map((p) => ({ position: p.position, text: p.text, number: p.number })),
    }));
}

export function contactsCreate(rows: ContactRow[]) {
  return rows.map((c) => ({ ...c, phones: { create: c.phones } }));
}

export function sectionsFromReport(sections: FicheSection[]): SectionRow[] {
  return sections.map((s, i) => ({
    position: i,
    key: s.key,
    heading: s.heading,
    startLine: s.lines[0],
    endLine: s.lines[1],
    fields: s.fields.map((f, j) => ({
      position: j,
      key: f.key,
      label: f.label,
      value: f.value,
      startLine: f.lines[0],
      endLine: f.lines[1],
    })),
  }));
}

export function sectionsFromDb(sections: SectionRow[]): SectionRow[] {
  return [...sections]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      position: s.position,
      key: s.key,
      heading: s.heading,
      startLine: s.startLine,
      endLine: s.endLine,
      fields: [...s.fields]
        .sort((a, b) => a.position - b.position)
        .map((f) => ({
          position: f.position,
          key: f.key,
          label: f.label,
          value: f.value,
          startLine: f.startLine,
          endLine: f.endLine,
        })),
    }));
}

export function sectionsCreate(rows: SectionRow[]) {
  return rows.map((s) => ({ ...s, fields: { create: s.fields } }));
}

/** Region ids for canonical region names, sorted (a join table has no order). */
export function regionIds(names: readonly string[], regions: Map<string, number>): number[] {
  const ids = names.map((n) => regions.get(n)).filter((id): id is number => id !== undefined);
  return [...new Set(ids)].sort((a, b) => a - b);
}

export function sortedIds(rows: Array<{ regionId: number }>): number[] {
  return rows.map((r) => r.regionId).sort((a, b) => a - b);
}
