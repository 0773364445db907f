/**
 * Resolving a refused save field by field (issue 12): someone else saved the
 * fiche after this admin opened it. Three snapshots meet: `base` (the version
 * the form was opened at), `mine` (what the admin submitted) and `theirs` (the
 * version saved since). The fiche is cut into the units an admin edits as one
 * (a text field, a capacity, the regions, the list of courses, one field of
 * the report's text...); the units the other person changed are shown side by
 * side, the admin keeps theirs or the other per unit, and the merge is saved
 * against the new version (the optimistic-concurrency check stays: a third
 * save in between is refused again). Pure: shared by the form and the tests.
 */
import { CAPACITY_KINDS } from "./capacity";
import { SCALAR_FIELDS, canonical, type PartnerSnapshot, type ScalarField } from "./history";

export type MergeUnit =
  | { kind: "scalar"; id: ScalarField }
  | { kind: "capacity"; id: `capacities.${(typeof CAPACITY_KINDS)[number]}`; capacity: (typeof CAPACITY_KINDS)[number] }
  | { kind: "collection"; id: "regions" | "trainings" | "fundings" | "contacts" }
  | { kind: "sectionField"; id: `sections.${number}.${number}`; section: number; field: number }
  | { kind: "sections"; id: "sections" };

export type Choice = "mine" | "theirs";

export interface UnitConflict {
  unit: MergeUnit;
  /** This admin changed the unit too (both sides did: a real conflict). */
  mineChanged: boolean;
}

const COLLECTIONS = ["regions", "trainings", "fundings", "contacts"] as const;

/** Same sections and fields in the same places: then each field's text is a unit of its own. */
function sameSectionShape(a: PartnerSnapshot, b: PartnerSnapshot): boolean {
  const shape = (s: PartnerSnapshot) => s.sections.map((sec) => [sec.key, sec.heading, sec.fields.map((f) => [f.key, f.label])]);
  return canonical(shape(a)) === canonical(shape(b));
}

/** Every unit of a fiche, in the form's order. */
export function mergeUnits(base: PartnerSnapshot, theirs: PartnerSnapshot): MergeUnit[] {
  const units: MergeUnit[] = [
    ...SCALAR_FIELDS.map((id): MergeUnit => ({ kind: "scalar", id })),
    ...CAPACITY_KINDS.map((capacity): MergeUnit => ({ kind: "capacity", id: `capacities.${capacity}`, capacity })),
    ...COLLECTIONS.map((id): MergeUnit => ({ kind: "collection", id })),
  ];
  if (!sameSectionShape(base, theirs)) return [...units, { kind: "sections", id: "sections" }];
  base.sections.forEach((section, i) =>
    section.fields.forEach((_, j) => units.push({ kind: "sectionField", id: `sections.${i}.${j}`, section: i, field: j })),
  );
  return units;
}

/** A unit's value in a snapshot, for comparison and display. */
export function unitValue(s: PartnerSnapshot, unit: MergeUnit): unknown {
  switch (unit.kind) {
    case "scalar":
      return s.scalars[unit.id] ?? null;
    case "capacity":
      return s.capacities.find((c) => c.kind === unit.capacity) ?? null;
    case "collection":
      // Phones compare by what is written: the +223 form is derived from it.
      return unit.id === "contacts" ? s.contacts.map((c) => ({ ...c, phones: c.phones.map((p) => p.text) })) : s[unit.id];
    case "sectionField":
      return s.sections[unit.section]?.fields[unit.field]?.value ?? null;
    case "sections":
      return s.sections;
  }
}

const same = (a: PartnerSnapshot, b: PartnerSnapshot, unit: MergeUnit) => canonical(unitValue(a, unit)) === canonical(unitValue(b, unit));

/**
 * The units to decide: those the other person changed where this admin's
 * version says something else. Units only this admin changed are kept as
 * they are, and units where both ended up with the same value need no choice.
 */
export function conflictingUnits(base: PartnerSnapshot, mine: PartnerSnapshot, theirs: PartnerSnapshot): UnitConflict[] {
  return mergeUnits(base, theirs)
    .filter((unit) => !same(base, theirs, unit) && !same(mine, theirs, unit))
    .map((unit) => ({ unit, mineChanged: !same(base, mine, unit) }));
}

/** The choice offered first: the admin's own change when they made one, else the other person's. */
export function defaultChoice(conflict: UnitConflict): Choice {
  return conflict.mineChanged ? "mine" : "theirs";
}

function setUnit(target: PartnerSnapshot, source: PartnerSnapshot, unit: MergeUnit): PartnerSnapshot {
  switch (unit.kind) {
    case "scalar":
      return { ...target, scalars: { ...target.scalars, [unit.id]: source.scalars[unit.id] } };
    case "capacity": {
      const others = target.capacities.filter((c) => c.kind !== unit.capacity);
      const taken = source.capacities.find((c) => c.kind === unit.capacity);
      const capacities = [...others, ...(taken ? [taken] : [])];
      return { ...target, capacities: CAPACITY_KINDS.flatMap((k) => capacities.filter((c) => c.kind === k)) };
    }
    case "collection":
      return { ...target, [unit.id]: source[unit.id] };
    case "sectionField":
      return {
        ...target,
        sections: target.sections.map((section, i) =>
          i !== unit.section
            ? section
            : { ...section, fields: section.fields.map((f, j) => (j === unit.field ? { ...f, value: source.sections[i].fields[j].value } : f)) },
        ),
      };
    case "sections":
      return { ...target, sections: source.sections };
  }
}

/**
 * The fiche to save: the other person's version, with every unit this admin
 * changed that nobody else touched, and with this admin's value wherever they
 * chose "mine". Units with no choice recorded take their default.
 */
export function mergeSnapshots(
  base: PartnerSnapshot,
  mine: PartnerSnapshot,
  theirs: PartnerSnapshot,
  choices: Readonly<Record<string, Choice>>,
): PartnerSnapshot {
  const decided = new Map(conflictingUnits(base, mine, theirs).map((c) => [c.unit.id, choices[c.unit.id] ?? defaultChoice(c)]));
  let merged: PartnerSnapshot = theirs;
  for (const unit of mergeUnits(base, theirs)) {
    const choice = decided.get(unit.id);
    const onlyMine = choice === undefined && !same(base, mine, unit) && same(base, theirs, unit);
    if (choice === "mine" || onlyMine) merged = setUnit(merged, mine, unit);
  }
  return merged;
}
