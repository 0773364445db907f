/**
 * The text the full-text search indexes for a partner ("organization"."searchText",
 * folded into the generated "searchVector" by the search migration). Built from
 * the same shapes whether they come from the parser (seed) or the database
 * (admin edits), so a partner reads the same in search however it was written.
 */

export interface SearchTextInput {
  name: string;
  displayName?: string | null;
  acronym?: string | null;
  /** The fiche as the report gives it: every label and value. */
  sections: ReadonlyArray<{ heading?: string | null; fields: ReadonlyArray<{ label: string; value: string }> }>;
  trainings: ReadonlyArray<{ name: string }>;
  /** Canonical funder names and the mentions as written. */
  funders: ReadonlyArray<string>;
  regions: ReadonlyArray<string>;
  cities: ReadonlyArray<string>;
}

/** One line per piece, duplicates dropped (a label repeated in every fiche adds nothing). */
export function buildSearchText(input: SearchTextInput): string {
  const pieces: string[] = [input.name, input.displayName ?? "", input.acronym ?? ""];
  for (const section of input.sections) {
    pieces.push(section.heading ?? "");
    for (const field of section.fields) pieces.push(field.label, field.value);
  }
  pieces.push(...input.trainings.map((t) => t.name), ...input.funders, ...input.regions, ...input.cities);

  const seen = new Set<string>();
  const out: string[] = [];
  for (const piece of pieces) {
    const clean = piece.replace(/\s+/g, " ").trim();
    if (!clean || seen.has(clean)) continue;
    seen.add(clean);
    out.push(clean);
  }
  return out.join("\n");
}
