/**
 * The report as the source of a fiche: its sections and label/value pairs exactly
 * as stored, each with the lines of the report it comes from. Partner and donor
 * fiches share this projection so that "where does this come from" reads the same
 * everywhere (page, API, print).
 */
import { isPersonalField, isPersonalSection } from "../privacy/personal-data";
import { sourceLines, type SourceLines } from "./source-lines";

export interface FicheFieldView {
  key: string | null;
  label: string;
  value: string;
  lines: SourceLines;
}

export interface FicheSectionView {
  key: string;
  heading: string;
  lines: SourceLines;
  fields: FicheFieldView[];
}

interface LineColumns {
  startLine: number | null;
  endLine: number | null;
}

export interface SectionRecord extends LineColumns {
  key: string;
  heading: string;
  fields: Array<LineColumns & { key: string | null; label: string; value: string }>;
}

/** The Prisma `select` that feeds {@link serializeSections}, ordered as the report. */
export const sectionsSelect = {
  orderBy: { position: "asc" },
  select: {
    key: true,
    heading: true,
    startLine: true,
    endLine: true,
    fields: {
      orderBy: { position: "asc" },
      select: { key: true, label: true, value: true, startLine: true, endLine: true },
    },
  },
} as const;

export function serializeSections(sections: SectionRecord[]): FicheSectionView[] {
  return sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    lines: sourceLines(s.startLine, s.endLine),
    fields: s.fields.map((f) => ({ key: f.key, label: f.label, value: f.value, lines: sourceLines(f.startLine, f.endLine) })),
  }));
}

/**
 * The sections without personal data, for viewers who may not see contacts: the
 * "Contacts" section and any contact field (wherever the report put it) go, so
 * the original text cannot leak what serializeContacts hides.
 */
export function withoutPersonalData(sections: FicheSectionView[]): FicheSectionView[] {
  return sections
    .filter((s) => !isPersonalSection(s.key))
    .map((s) => ({ ...s, fields: s.fields.filter((f) => !isPersonalField(f.key)) }));
}
