import { describe, expect, it } from "vitest";
import { partnerEditSchema } from "../partners/schemas";
import { snapshotFromForm } from "../partners/actions/snapshot-from-form";
import type { PartnerSnapshot } from "../partners/history";
import { SUGGESTION_FIELDS, editFormOf, fieldText, formPatch, patchedForm, type SuggestionField } from "./fields";

const before: PartnerSnapshot = {
  scalars: {
    name: "Centre de formation",
    displayName: "Centre de formation",
    acronym: "CF",
    category: "vocational_training",
    structureType: "Public",
    country: "Mali",
    national: false,
    nationalText: null,
    regionText: "Kayes",
    cities: ["Kayes"],
    cityText: "Kayes",
    supportTypes: ["Formation"],
    founded: 1998,
    insertionText: "70 % en 2021",
    insertionRate: 70,
    insertionYear: 2021,
    returneeExperience: "past",
    returneeEvidence: "Projet passé",
    costs: null,
    challenges: null,
    perspectives: null,
    websites: [],
  },
  status: "active",
  regions: ["kayes"],
  capacities: [{ kind: "absorption", text: "Jusqu’à 800 apprenants par an.", min: null, max: 800, unit: "apprenants", period: "year", per: null, unlimited: false }],
  trainings: [{ name: "Menuiserie", durationMonths: 9 }],
  fundings: [{ funder: "afd", funderName: "AFD", text: "Agence française de développement", current: true, programme: null, inferred: false }],
  contacts: [{ name: "Awa Traoré", role: "Directrice", emails: ["awa@example.org"], phones: [{ text: "+223 66 00 11 22", number: "+22366001122" }] }],
  sections: [],
};
const funders = [
  { slug: "afd", name: "AFD" },
  { slug: "giz", name: "GIZ" },
];

/** The snapshot an accepted suggestion produces, through the admin edit form's own schema. */
function accept(field: SuggestionField, text: string): PartnerSnapshot {
  const patch = formPatch(field, text, before, funders);
  if (!patch.ok) throw new Error(patch.error);
  const form = patchedForm(editFormOf(1, 1, before), patch.patch);
  const parsed = partnerEditSchema.safeParse(form);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return snapshotFromForm(before, parsed.data, new Map(funders.map((f) => [f.slug, f.name])));
}

describe("suggestion fields", () => {
  it("gives back the same fiche for every field's current text (the text form loses nothing)", () => {
    for (const field of SUGGESTION_FIELDS) expect(accept(field, fieldText(before, field)), field).toEqual(before);
  });

  it("turns a capacity sentence into its figures, leaving the other capacities alone", () => {
    const after = accept("capacities.absorption", "Jusqu’à 900 apprenants par an.");
    expect(after.capacities[0]).toMatchObject({ text: "Jusqu’à 900 apprenants par an.", max: 900, unit: "apprenants", period: "year" });
    const total = accept("capacities.total", "Au total 2 000 apprenants ont été formés.");
    expect(total.capacities.map((c) => c.kind)).toEqual(["absorption", "total"]);
    expect(total.capacities[0]).toEqual(before.capacities[0]);
  });

  it("reads regions by name, trainings with their months, funders by name and past ones", () => {
    expect(accept("regions", "Ségou\nDistrict de Bamako").regions).toEqual(["bamako", "segou"]);
    expect(accept("trainings", "Couture (6 mois)\nSoudure").trainings).toEqual([
      { name: "Couture", durationMonths: 6 },
      { name: "Soudure", durationMonths: null },
    ]);
    expect(accept("fundings", "AFD\nGIZ · PAMORI (passé)").fundings).toEqual([
      { funder: "afd", funderName: "AFD", text: "Agence française de développement", current: true, programme: null, inferred: false },
      { funder: "giz", funderName: "GIZ", text: "GIZ", current: false, programme: "PAMORI", inferred: false },
    ]);
  });

  it("reads contacts as blocks: name, role, phones, e-mails", () => {
    const after = accept("contacts", "Awa Traoré\nDirectrice\n+223 76 00 00 00\nawa@example.org\n\nMoussa Diarra\nmoussa@example.org");
    expect(after.contacts).toEqual([
      { name: "Awa Traoré", role: "Directrice", emails: ["awa@example.org"], phones: [{ text: "+223 76 00 00 00", number: "+22376000000" }] },
      { name: "Moussa Diarra", role: null, emails: ["moussa@example.org"], phones: [] },
    ]);
  });

  it("refuses what the edit form would refuse, or names it", () => {
    expect(formPatch("regions", "Paris", before, funders)).toEqual({ ok: false, error: "unknownRegion" });
    expect(formPatch("fundings", "Banque inconnue", before, funders)).toEqual({ ok: false, error: "unknownFunder" });
    const form = { ...editFormOf(1, 1, before), ...(formPatch("founded", "vers 1990", before, funders) as { patch: object }).patch };
    expect(partnerEditSchema.safeParse(form).success).toBe(false);
  });
});

describe("the suggestion form's field names", () => {
  it("has a label in every language for every field a reader can suggest", async () => {
    for (const lang of ["fr", "en"]) {
      const { default: messages } = await import(`../i18n/messages/${lang}/suggestions.json`);
      for (const field of SUGGESTION_FIELDS) {
        const label = field.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages.fields);
        expect(typeof label, `${lang}: fields.${field}`).toBe("string");
      }
    }
  });
});
