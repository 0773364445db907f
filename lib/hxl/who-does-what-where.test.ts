import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { HXL_COLUMNS, whoWhatWhereCsv, type HxlLabels, type WhoWhatWherePartner } from "./who-does-what-where";

const labels: HxlLabels = {
  headers: Object.fromEntries(HXL_COLUMNS.map(([, key]) => [key, `H ${key}`])) as HxlLabels["headers"],
  sector: (slug) => `S ${slug}`,
  coverage: { region: "régionale", national: "nationale", unknown: "non renseignée" },
};

const base: WhoWhatWherePartner = {
  slug: "a",
  name: "Centre A, « B »",
  acronym: "CA",
  category: "ngo",
  national: false,
  regions: [{ name: "Ségou" }, { name: "Taoudénit" }],
  returneeExperience: "yes",
  capacity: { max: 120, min: 80, unlimited: false, text: "80 à 120 jeunes" },
  funders: ["AFD", "Union européenne"],
};

describe("whoWhatWhereCsv", () => {
  it("writes readable headers, then hashtags, then one row per region with its ISO 3166-2 code", () => {
    const [headers, tags, ...rows] = parse(whoWhatWhereCsv([base], labels, "https://x.test")) as string[][];
    expect(headers[0]).toBe("H org");
    expect(tags).toEqual(HXL_COLUMNS.map(([tag]) => tag));
    const col = (tag: string) => tags.indexOf(tag);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r[col("#adm1+name")], r[col("#adm1+code")]])).toEqual([["Ségou", "ML-4"], ["Taoudénit", "ML-10"]]);
    expect(rows[0][col("#org+name")]).toBe("Centre A, « B »");
    expect(rows[0][col("#org+acronym")]).toBe("CA");
    expect(rows[0][col("#sector+name")]).toBe("S ngo");
    expect(rows[0][col("#capacity+num")]).toBe("120");
    expect(rows[0][col("#org+funder")]).toBe("AFD; Union européenne");
    expect(rows[0][col("#meta+url")]).toBe("https://x.test/partners/a");
  });

  it("adds a national row for national coverage and a place-less row when the fiche names no place", () => {
    const csv = whoWhatWhereCsv(
      [
        { ...base, slug: "n", national: true, regions: [] },
        { ...base, slug: "u", regions: [], capacity: null },
      ],
      labels,
      "https://x.test",
    );
    const [, tags, ...rows] = parse(csv) as string[][];
    expect(rows.map((r) => [r[tags.indexOf("#adm1+name")], r[tags.indexOf("#loc+coverage")]])).toEqual([["", "nationale"], ["", "non renseignée"]]);
    expect(rows[1][tags.indexOf("#capacity+num")]).toBe("");
  });

  it("tags every column with a valid HXL hashtag", () => {
    for (const [tag] of HXL_COLUMNS) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/);
  });
});
