/**
 * The fiche's locator map as an SVG image of its own (issue 8): the page carries
 * an <img> and its text alternative, not ~5 kB of path data twice over (once in
 * the HTML, once in the React payload). The picture depends only on which
 * outlines are filled and whether coverage is national, so one URL serves every
 * fiche with the same regions and the browser keeps it (app/maps/locator.svg).
 */
import { z } from "zod";
import { processMemo } from "../runtime/process-memo";
import { maliMap, type MapVariant } from "./mali-map";

export const LOCATOR_PATH = "/maps/locator.svg";

/** Named regions, the whole country when coverage is national, the rest. */
const FILL = { named: "#1f6f5c", national: "#9fd0bf", other: "#e2e8f0" } as const;

export interface LocatorPicture {
  /** ISO 3166-2 codes of the outlines to fill (lib/geo/regions.ts `placeRegion`). */
  filled: string[];
  national: boolean;
}

const drawnCodes = processMemo((variant: MapVariant): ReadonlySet<string> => new Set(maliMap(variant).regions.map((r) => r.code)), 2);

/** The outlines the locator draws: the codes a picture may fill. */
export function locatorCodes(): ReadonlySet<string> {
  return drawnCodes("locator");
}

/** The picture's URL: its codes sorted and deduplicated, so that equal pictures share one URL (and one browser cache entry). */
export function locatorHref({ filled, national }: LocatorPicture): string {
  const params = new URLSearchParams();
  const codes = [...new Set(filled)].sort();
  if (codes.length) params.set("regions", codes.join(","));
  if (national) params.set("national", "1");
  const query = params.toString();
  return query ? `${LOCATOR_PATH}?${query}` : LOCATOR_PATH;
}

const pictureSchema = z
  .object({
    regions: z
      .string()
      .max(200)
      .optional()
      .transform((value) => (value ? value.split(",") : [])),
    national: z.enum(["0", "1"]).optional(),
  })
  .strict();

/** The picture a query asks for, or a message naming what is wrong (an unknown code, an unknown parameter). */
export function parseLocatorQuery(params: URLSearchParams): { data: LocatorPicture } | { error: { param: string; message: string } } {
  const seen = new Map<string, string>();
  for (const [key, value] of params) {
    if (seen.has(key)) return { error: { param: key, message: `"${key}" is given more than once.` } };
    seen.set(key, value);
  }
  const parsed = pictureSchema.safeParse(Object.fromEntries(seen));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "query");
    const message =
      issue.code === "unrecognized_keys"
        ? `Unknown parameter "${param}": the locator map takes "regions" and "national".`
        : param === "national"
          ? `"national" is 1 or 0.`
          : `"regions" is a comma-separated list of ISO 3166-2 codes (ML-1, ML-BKO…).`;
    return { error: { param, message } };
  }
  const drawn = locatorCodes();
  const unknown = parsed.data.regions.find((code) => !drawn.has(code));
  if (unknown !== undefined) {
    return { error: { param: "regions", message: `"${unknown}" is not a region the map draws (${[...drawn].join(", ")}).` } };
  }
  return { data: { filled: parsed.data.regions, national: parsed.data.national === "1" } };
}

/**
 * The picture as an SVG document: every outline, filled as named, national or
 * neither, the country's border over them, and a dot on tiny filled outlines
 * (Bamako) so that they are seen. Numbers and fixed colours only: nothing of
 * the query reaches the document but the set of codes it fills.
 */
export function locatorSvg({ filled, national }: LocatorPicture): string {
  const map = maliMap("locator");
  const on = new Set(filled);
  const fill = (code: string) => (on.has(code) ? FILL.named : national ? FILL.national : FILL.other);
  const paths = map.regions.map((r) => `<path d="${r.d}" fill="${fill(r.code)}" stroke="#ffffff" stroke-width="0.75"/>`);
  const dots = map.regions
    .filter((r) => r.area < 20 && on.has(r.code))
    .map((r) => `<circle cx="${r.centroid[0]}" cy="${r.centroid[1]}" r="4" fill="${FILL.named}" stroke="#ffffff" stroke-width="1"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">` +
    paths.join("") +
    `<path d="${map.border}" fill="none" stroke="#64748b" stroke-width="0.75"/>` +
    dots.join("") +
    `</svg>`
  );
}

/** The picture's size in map units, for the <img>'s width and height (its box is reserved before it loads). */
export function locatorSize(): { width: number; height: number } {
  const { width, height } = maliMap("locator");
  return { width, height };
}
