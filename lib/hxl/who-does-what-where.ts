/**
 * The who-does-what-where (3W) view as an HXL-tagged CSV (Humanitarian
 * Exchange Language, https://hxlstandard.org/): a row of readable headers, a
 * row of HXL hashtags, then one row per partner and place. Pure: the route feeds
 * it the filtered list (the same filters as /partners) and the headers in the
 * reader's language. No contact person, ever: the rows carry no such field.
 *
 * Places: one row per region the fiche names (#adm1 with its ISO 3166-2 code), one
 * row marked national for national coverage, one row with no #adm1 when the fiche
 * names neither. docs/decisions/0009-exchange-formats.md.
 */
import { stringify } from "csv-stringify/sync";
import { isoCode } from "../geo/regions";

export interface WhoWhatWherePartner {
  slug: string;
  name: string;
  acronym: string | null;
  /** Category slug ("vocational-training"). */
  category: string;
  national: boolean;
  regions: { name: string }[];
  returneeExperience: string;
  /** `per`: the part one figure counts ("groupe"): not the structure's figure, so #capacity+num stays empty. */
  capacity: { max: number | null; min: number | null; unlimited: boolean; text: string; per?: string | null } | null;
  funders: string[];
}

/** The columns: HXL hashtag and the key of its readable header. */
export const HXL_COLUMNS = [
  ["#org+name", "org"],
  ["#org+acronym", "acronym"],
  ["#sector+code", "sectorCode"],
  ["#sector+name", "sector"],
  ["#country+code", "countryCode"],
  ["#adm1+name", "adm1"],
  ["#adm1+code", "adm1Code"],
  ["#loc+coverage", "coverage"],
  ["#capacity+num", "capacity"],
  ["#capacity+description", "capacityText"],
  ["#status+returnees", "returnees"],
  ["#org+funder", "funders"],
  ["#meta+url", "url"],
] as const;
export type HxlColumnKey = (typeof HXL_COLUMNS)[number][1];

export interface HxlLabels {
  headers: Record<HxlColumnKey, string>;
  sector: (slug: string) => string;
  coverage: { region: string; national: string; unknown: string };
}

/** The HXL CSV (UTF-8, no BOM: HXL tools read plain UTF-8). */
export function whoWhatWhereCsv(partners: readonly WhoWhatWherePartner[], labels: HxlLabels, origin: string): string {
  const rows: string[][] = [HXL_COLUMNS.map(([, key]) => labels.headers[key]), HXL_COLUMNS.map(([tag]) => tag)];
  for (const p of partners) {
    const places: Array<{ adm1: string; code: string; coverage: string }> = p.regions.map((r) => ({
      adm1: r.name,
      code: isoCode(r.name) ?? "",
      coverage: labels.coverage.region,
    }));
    if (p.national) places.push({ adm1: "", code: "", coverage: labels.coverage.national });
    if (places.length === 0) places.push({ adm1: "", code: "", coverage: labels.coverage.unknown });
    const capacity = p.capacity?.unlimited || p.capacity?.per ? "" : String(p.capacity?.max ?? p.capacity?.min ?? "");
    for (const place of places) {
      const values: Record<HxlColumnKey, string> = {
        org: p.name,
        acronym: p.acronym ?? "",
        sectorCode: p.category,
        sector: labels.sector(p.category),
        countryCode: "MLI",
        adm1: place.adm1,
        adm1Code: place.code,
        coverage: place.coverage,
        capacity,
        capacityText: p.capacity?.text ?? "",
        returnees: p.returneeExperience,
        funders: p.funders.join("; "),
        url: `${origin}/partners/${p.slug}`,
      };
      rows.push(HXL_COLUMNS.map(([, key]) => values[key]));
    }
  }
  return stringify(rows);
}
