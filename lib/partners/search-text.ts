/**
 * The texts the full-text search indexes for a partner, folded into generated
 * vectors by the search migrations:
 *
 * - `text` ("organization"."searchText" → "searchVector"): the fiche as anyone
 *   may read it. No contact person's name, role, phone or e-mail: the contacts
 *   section and contact fields are left out, and any e-mail address or phone
 *   number elsewhere is redacted, so an anonymous search can neither match nor
 *   quote them (issue 9).
 * - `contactText` ("contactSearchText" → "contactSearchVector"): the contact
 *   persons, searched and quoted only for viewers who may see contacts.
 *
 * Built from the same shapes whether they come from the parser (seed) or the
 * database (admin edits), so a partner reads the same in search however it was written.
 */
import { isPersonalField, isPersonalSection, redactContactDetails } from "../privacy/personal-data";
import { squash } from "@/lib/fiches/values/text";

export interface SearchTextInput {
  name: string;
  displayName?: string | null;
  acronym?: string | null;
  /** The fiche as the report gives it: every label and value. */
  sections: ReadonlyArray<{
    key?: string | null;
    heading?: string | null;
    fields: ReadonlyArray<{ key?: string | null; label: string; value: string }>;
  }>;
  trainings: ReadonlyArray<{ name: string }>;
  /** Canonical funder names and the mentions as written. */
  funders: ReadonlyArray<string>;
  regions: ReadonlyArray<string>;
  cities: ReadonlyArray<string>;
  contacts: ReadonlyArray<{
    name: string | null;
    role: string | null;
    emails: ReadonlyArray<string>;
    phones: ReadonlyArray<{ text: string; number: string | null }>;
  }>;
}

export interface SearchTexts {
  text: string;
  contactText: string;
}

/** One line per piece, duplicates dropped (a label repeated in every fiche adds nothing). */
function lines(pieces: Iterable<string | null | undefined>): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const piece of pieces) {
    const clean = squash(piece ?? "");
    if (!clean || seen.has(clean)) continue;
    seen.add(clean);
    out.push(clean);
  }
  return out.join("\n");
}

export function buildSearchText(input: SearchTextInput): SearchTexts {
  const open: string[] = [input.name, input.displayName ?? "", input.acronym ?? ""];
  const personal: string[] = [];
  for (const section of input.sections) {
    const target = isPersonalSection(section.key) ? personal : open;
    target.push(section.heading ?? "");
    for (const field of section.fields) {
      (target === personal || isPersonalField(field.key) ? personal : open).push(field.label, field.value);
    }
  }
  open.push(...input.trainings.map((t) => t.name), ...input.funders, ...input.regions, ...input.cities);
  for (const c of input.contacts) {
    personal.push(c.name ?? "", c.role ?? "", ...c.emails, ...c.phones.flatMap((p) => [p.text, p.number ?? ""]));
  }
  return { text: redactContactDetails(lines(open)), contactText: lines(personal) };
}
