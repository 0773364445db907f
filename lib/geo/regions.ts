/**
 * Mali's first-level divisions as reference data, and how the report's regions
 * (region.name, the parser's canonical spellings) meet the map geometry.
 * Reference data, not report content: the ISO 3166-2:ML codes and the one
 * region the geometry does not draw (docs/decisions/0007-map.md).
 */
import { normaliseRegion } from "../fiches/values/regions";

/**
 * ISO 3166-2:ML codes of the ten regions and the District of Bamako, the
 * division the report (2022) uses. Ménaka (ML-9) and Taoudénit (ML-10) were added
 * to the standard when the two regions were created; the 2023 reform's new
 * regions are not in the report.
 */
const ISO_3166_2: ReadonlyArray<[string, string]> = [
  ["Bamako", "ML-BKO"],
  ["Kayes", "ML-1"],
  ["Koulikoro", "ML-2"],
  ["Sikasso", "ML-3"],
  ["Ségou", "ML-4"],
  ["Mopti", "ML-5"],
  ["Tombouctou", "ML-6"],
  ["Gao", "ML-7"],
  ["Kidal", "ML-8"],
  ["Ménaka", "ML-9"],
  ["Taoudénit", "ML-10"],
];
const CODE_BY_REGION = new Map(ISO_3166_2);

/** The ISO 3166-2 code of a region written any way ("Ségou", "SEGOU"); null for anything else. */
export function isoCode(regionName: string): string | null {
  const canonical = normaliseRegion(regionName);
  return canonical ? (CODE_BY_REGION.get(canonical) ?? null) : null;
}

/**
 * Regions the geometry has no outline for, and the outline that contains them.
 * The amCharts geometry predates Taoudénit's boundary: it lies inside Tombouctou's shape.
 */
const DRAWN_INSIDE: ReadonlyMap<string, string> = new Map([["ML-10", "ML-6"]]);

export type Placement =
  | { kind: "own"; code: string }
  | { kind: "inside"; code: string; container: string }
  | { kind: "none" };

/**
 * Where a report region sits on a map whose outlines carry the codes `drawn`:
 * its own outline, inside another's (Taoudénit in Tombouctou), or nowhere.
 */
export function placeRegion(regionName: string, drawn: ReadonlySet<string>): Placement {
  const code = isoCode(regionName);
  if (!code) return { kind: "none" };
  if (drawn.has(code)) return { kind: "own", code };
  const container = DRAWN_INSIDE.get(code);
  return container && drawn.has(container) ? { kind: "inside", code, container } : { kind: "none" };
}
