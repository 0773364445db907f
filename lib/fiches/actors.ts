/**
 * Assembles an Actor (a donor or technical partner, docs/report-format.md §3.5) from the
 * sections of its fiche: its themes, the projects under them, its
 * coordination fields, remarks and contacts.
 */
import { parseActorProjects } from "./actor-projects";
import { allValues, contactBlockLines, ficheField, fieldValue } from "./fiche";
import { displayName, geography, lastLine, regionLine, type FicheInput } from "./partners";
import type { Actor, ParseWarning } from "./types";
import { parseContactBlock } from "./values/contacts";
import { parseRegions } from "./values/regions";
import { ficheAcronym } from "./values/slug";

export function buildActor({ block, parsed, slug }: FicheInput, warnings: ParseWarning[]): Actor {
  const { sections } = parsed;
  const at = block.headingLine;
  const value = (key: string) => fieldValue(sections, key);
  const themes = sections.filter((s) => s.key === "theme");
  const regionField = ficheField(sections, "region") ?? ficheField(sections, "regionCity");
  const regionText = regionField?.value ?? null;
  const { regions, national } = geography(regionField, null, regionLine(parsed) ?? at, warnings);
  const remarks = [value("challenges"), value("otherRemarks")].filter((v): v is string => v !== null);
  const contacts = parseContactBlock(contactBlockLines(block.body, sections));

  const projects = parseActorProjects(themes);
  const placed = new Set<string>();
  for (const project of projects) {
    for (const place of project.zoneText ? parseRegions(project.zoneText).unknown : []) {
      // Projects of one block share their zone text: one warning per place.
      if (placed.has(place)) continue;
      placed.add(place);
      warnings.push({ line: project.lines[0], code: "unknown-region", message: `"${place}" in a project zone is neither a region nor a place of the gazetteer` });
    }
  }

  if (themes.length === 0) {
    warnings.push({ line: at, code: "section-missing", message: `FICHE ACTEUR ${block.number} has no project block` });
  }
  if (!sections.some((s) => s.key === "contacts")) {
    warnings.push({ line: at, code: "section-missing", message: `FICHE ACTEUR ${block.number} has no Contacts sub-header` });
  }

  return {
    number: block.number,
    name: block.title,
    displayName: displayName(parsed, block.title),
    acronym: ficheAcronym(block.title, displayName(parsed, block.title), allValues(sections)),
    slug,
    country: value("country"),
    regions,
    national,
    regionText,
    themes: [...new Set(themes.map((s) => s.heading))],
    projects,
    anchoring: value("anchoring"),
    referral: value("referral"),
    perspectives: value("actorPerspectives"),
    remarks: remarks.length ? remarks.join("\n") : null,
    contacts,
    websites: parsed.websites,
    sections,
    lines: [at, lastLine(block.body, at)],
  };
}
