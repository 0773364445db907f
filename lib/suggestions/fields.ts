/**
 * The fields a correction can be suggested on (every typed field of a fiche,
 * lib/provenance/fields.ts) and their text form: what the suggester sees and
 * edits, and how an accepted text becomes the admin edit form's value, so that
 * the correction goes through the ordinary edit path (partnerEditSchema, then
 * snapshotFromForm, then commitPartnerChange). Pure.
 *
 * Lists are one item per line; a contact is a block of lines (name, role,
 * phones, e-mails) separated from the next by a blank line; a funder line is
 * "Name · programme (passé)".
 */
import { normaliseRegion, regionSlug, MALI_REGIONS } from "../fiches/values/regions";
import { parseCapacity } from "../fiches/values/capacity";
import { fold } from "../fiches/values/text";
import type { PartnerSnapshot } from "../partners/history";
import { PROVENANCE_FIELDS, type ProvenanceField } from "../provenance/fields";

export const SUGGESTION_FIELDS = PROVENANCE_FIELDS;
export type SuggestionField = ProvenanceField;

export function isSuggestionField(value: unknown): value is SuggestionField {
  return typeof value === "string" && (SUGGESTION_FIELDS as readonly string[]).includes(value);
}

/** How the suggestion form asks for a field. */
export type FieldInput = "line" | "text" | "lines" | "choice";
const LINE: ReadonlySet<SuggestionField> = new Set(["name", "displayName", "acronym", "country", "founded", "insertionRate", "insertionYear"]);
const LINES: ReadonlySet<SuggestionField> = new Set(["cities", "supportTypes", "websites", "regions", "trainings", "fundings", "contacts"]);
/** Fields chosen from a list: the value is the option's key. */
export const FIELD_CHOICES: Partial<Record<SuggestionField, readonly string[]>> = {
  category: ["vocational_training", "incubator", "public_institution", "ngo", "finance", "key_actor", "wage_employment", "vulnerable_protection"],
  returneeExperience: ["yes", "past", "no", "unknown"],
  national: ["true", "false"],
};

export function fieldInput(field: SuggestionField): FieldInput {
  if (FIELD_CHOICES[field]) return "choice";
  if (LINE.has(field)) return "line";
  return LINES.has(field) ? "lines" : "text";
}

const PAST = /\s*\((?:passé|past)\)\s*$/i;
const MONTHS = /\s*\((\d{1,3})\s*(?:mois|months?|m)\)\s*$/i;
const regionName = (slug: string) => MALI_REGIONS.find((r) => regionSlug(r) === slug) ?? slug;

/** The field's value as text (what a suggestion starts from and is compared with). */
export function fieldText(snapshot: PartnerSnapshot, field: SuggestionField): string {
  const s = snapshot.scalars;
  if (field.startsWith("capacities.")) return snapshot.capacities.find((c) => `capacities.${c.kind}` === field)?.text ?? "";
  switch (field) {
    case "regions":
      return snapshot.regions.map(regionName).join("\n");
    case "trainings":
      return snapshot.trainings.map((t) => (t.durationMonths !== null ? `${t.name} (${t.durationMonths} mois)` : t.name)).join("\n");
    case "fundings":
      return snapshot.fundings.map((f) => `${f.funderName}${f.programme ? ` · ${f.programme}` : ""}${f.current ? "" : " (passé)"}`).join("\n");
    case "contacts":
      return snapshot.contacts
        .map((c) => [c.name, c.role, ...c.phones.map((p) => p.text), ...c.emails].filter((l): l is string => Boolean(l)).join("\n"))
        .join("\n\n");
  }
  const value = s[field as keyof typeof s];
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.join("\n") : String(value);
}

export interface Funder {
  slug: string;
  name: string;
}

export type FormPatch = { ok: true; patch: Record<string, unknown> } | { ok: false; error: string };

const splitLines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
/** A line with an "@" is meant as an e-mail: the edit form's schema then says whether it is one. */
const EMAIL = /@/;
const PHONE = /^[+(]?\d[\d\s().-]{5,}$/;

/**
 * The admin form's value(s) for `field` holding `text`: a patch of the edit
 * form (lib/partners/schemas.ts), which then validates it as any edit.
 * `before` keeps what the text does not say (a funding's wording, a phone's number).
 */
export function formPatch(field: SuggestionField, text: string, before: PartnerSnapshot, funders: readonly Funder[]): FormPatch {
  const value = text.replace(/\r\n?/g, "\n").trim();
  if (field.startsWith("capacities.")) {
    const kind = field.slice("capacities.".length);
    if (!value) return { ok: true, patch: { capacities: { [kind]: undefined } } };
    const c = parseCapacity(value);
    return {
      ok: true,
      patch: {
        capacities: {
          [kind]: { text: value, min: c?.min ?? "", max: c?.max ?? "", unit: c?.unit ?? "", period: c?.period ?? "", unlimited: "" },
        },
      },
    };
  }
  switch (field) {
    case "national":
      return { ok: true, patch: { national: value === "true" ? "on" : "" } };
    case "regions": {
      const slugs: string[] = [];
      for (const line of splitLines(value.replace(/,/g, "\n"))) {
        const region = normaliseRegion(line) ?? MALI_REGIONS.find((r) => regionSlug(r) === fold(line)) ?? null;
        if (!region) return { ok: false, error: "unknownRegion" };
        slugs.push(regionSlug(region));
      }
      return { ok: true, patch: { regions: [...new Set(slugs)] } };
    }
    case "trainings":
      return {
        ok: true,
        patch: {
          trainings: splitLines(value).map((line) => {
            const months = MONTHS.exec(line);
            return { name: months ? line.slice(0, months.index).trim() : line, durationMonths: months ? months[1] : "" };
          }),
        },
      };
    case "fundings": {
      const rows: Array<Record<string, string>> = [];
      for (const line of splitLines(value)) {
        const current = !PAST.test(line);
        const [name, ...programme] = line.replace(PAST, "").split(" · ");
        const funder = funders.find((f) => fold(f.name) === fold(name.trim()) || f.slug === name.trim());
        if (!funder) return { ok: false, error: "unknownFunder" };
        const prog = programme.join(" · ").trim();
        const same = before.fundings.find((f) => f.funder === funder.slug && f.current === current && (f.programme ?? "") === prog);
        rows.push({ funder: funder.slug, text: same?.text ?? funder.name, programme: prog, current: current ? "on" : "" });
      }
      return { ok: true, patch: { fundings: rows } };
    }
    case "contacts":
      return {
        ok: true,
        patch: {
          contacts: value
            .split(/\n\s*\n/)
            .map(splitLines)
            .filter((block) => block.length > 0)
            .map((block) => {
              const emails = block.filter((l) => EMAIL.test(l));
              const phones = block.filter((l) => !EMAIL.test(l) && PHONE.test(l));
              const [name, role] = block.filter((l) => !emails.includes(l) && !phones.includes(l));
              return { name: name ?? "", role: role ?? "", emails: emails.join("\n"), phones: phones.join("\n") };
            }),
        },
      };
  }
  return { ok: true, patch: { [field]: value } };
}

/** The edit form (as a browser posts it) for a partner as it stands: the base a suggestion patches. */
export function editFormOf(id: number, version: number, s: PartnerSnapshot): Record<string, unknown> {
  const capacities: Record<string, unknown> = {};
  for (const c of s.capacities) {
    capacities[c.kind] = { text: c.text, min: c.min ?? "", max: c.max ?? "", unit: c.unit ?? "", period: c.period ?? "", unlimited: c.unlimited ? "on" : "" };
  }
  return {
    id: String(id),
    version: String(version),
    ...Object.fromEntries(
      Object.entries(s.scalars).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : typeof v === "boolean" ? (v ? "on" : "") : (v ?? "")]),
    ),
    regions: s.regions,
    capacities,
    trainings: s.trainings.map((t) => ({ name: t.name, durationMonths: t.durationMonths ?? "" })),
    fundings: s.fundings.map((f) => ({ funder: f.funder, text: f.text, programme: f.programme ?? "", current: f.current ? "on" : "" })),
    contacts: s.contacts.map((c) => ({ name: c.name ?? "", role: c.role ?? "", emails: c.emails.join("\n"), phones: c.phones.map((p) => p.text).join("\n") })),
    sections: s.sections.map((sec) => ({ fields: sec.fields.map((f) => ({ value: f.value })) })),
  };
}

/** The edit form with a field's patch laid on it (a capacity kind replaces only its own kind). */
export function patchedForm(form: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  if (!("capacities" in patch)) return { ...form, ...patch };
  return { ...form, capacities: { ...(form.capacities as object), ...(patch.capacities as object) } };
}

/** Field path of an edit-form error -> is it about this field? (capacities.absorption.max is about capacities.absorption). */
export function errorConcerns(path: string, field: SuggestionField): boolean {
  return path === field || path.startsWith(`${field}.`);
}
