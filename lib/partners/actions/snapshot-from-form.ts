/**
 * A submitted partner form -> the snapshot it asks for. Pure, so it is unit
 * tested on its own. Blank and "remove"-ticked rows are dropped; section texts
 * are laid onto the fiche's existing sections (the form edits their values,
 * not their structure, which mirrors the report).
 */
import { parsePhones } from "../../fiches/values/phones";
import { CAPACITY_KINDS, capacityFields } from "../capacity";
import type { ContactSnapshot, PartnerSnapshot } from "../history";
import type { PartnerFields } from "../schemas";

/** A phone as written and in +223 form; an unchanged text keeps the number it had. */
function phoneOf(text: string, previous: ContactSnapshot["phones"]): ContactSnapshot["phones"][number] {
  const same = previous.find((p) => p.text === text);
  if (same) return { text, number: same.number };
  return { text, number: parsePhones(text)[0]?.e164 ?? null };
}

export function snapshotFromForm(
  before: PartnerSnapshot | null,
  form: PartnerFields,
  funderNames: ReadonlyMap<string, string>,
): PartnerSnapshot {
  const previousPhones = before?.contacts.flatMap((c) => c.phones) ?? [];
  return {
    scalars: {
      name: form.name,
      displayName: form.displayName ?? form.name,
      acronym: form.acronym,
      category: form.category,
      structureType: form.structureType,
      country: form.country,
      national: form.national,
      nationalText: form.nationalText,
      regionText: form.regionText,
      cities: form.cities,
      cityText: form.cityText,
      supportTypes: form.supportTypes,
      founded: form.founded,
      insertionText: form.insertionText,
      insertionRate: form.insertionRate,
      insertionYear: form.insertionYear,
      returneeExperience: form.returneeExperience,
      returneeEvidence: form.returneeEvidence,
      costs: form.costs,
      challenges: form.challenges,
      perspectives: form.perspectives,
      websites: form.websites,
    },
    status: before?.status ?? "active",
    regions: [...new Set(form.regions)].sort(),
    capacities: CAPACITY_KINDS.flatMap((kind) => {
      const c = form.capacities[kind];
      return c ? [{ kind, ...capacityFields(c) }] : [];
    }),
    trainings: form.trainings
      .filter((t) => !t.remove && t.name !== null)
      .map((t) => ({ name: t.name!, durationMonths: t.durationMonths })),
    fundings: form.fundings
      .filter((f) => !f.remove && f.funder !== null)
      .map((f) => {
        const funderName = funderNames.get(f.funder!) ?? f.funder!;
        return { funder: f.funder!, funderName, text: f.text ?? funderName, current: f.current, programme: f.programme, inferred: f.inferred };
      }),
    contacts: form.contacts
      .filter((c) => !c.remove && (c.name !== null || c.role !== null || c.emails.length > 0 || c.phones.length > 0))
      .map((c) => ({
        name: c.name,
        role: c.role,
        emails: c.emails,
        phones: c.phones.map((text) => phoneOf(text, previousPhones)),
      })),
    sections: (before?.sections ?? []).map((section, i) => ({
      ...section,
      fields: section.fields.map((field, j) => ({ ...field, value: form.sections[i]?.fields[j]?.value ?? field.value })),
    })),
  };
}
