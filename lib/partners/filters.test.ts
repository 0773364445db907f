import { describe, it, expect } from "vitest";
import {
  DEFAULT_FILTERS,
  hasActiveFilters,
  parsePartnerFilters,
  parsePartnerFiltersLeniently,
  partnerFiltersToParams,
  type PartnerFilters,
} from "./filters";

function ok(input: ConstructorParameters<typeof URLSearchParams>[0] | Record<string, string | string[] | undefined>): PartnerFilters {
  const params = typeof input === "string" ? new URLSearchParams(input) : input;
  const r = parsePartnerFilters(params as URLSearchParams);
  if (!r.success) throw new Error(`expected success, got ${r.error.message}`);
  return r.data;
}

function fails(input: string | Record<string, string | string[] | undefined>) {
  const r = parsePartnerFilters(typeof input === "string" ? new URLSearchParams(input) : input);
  if (r.success) throw new Error("expected a failure");
  return r.error;
}

describe("parsePartnerFilters", () => {
  it("gives the defaults for an empty query", () => {
    expect(ok("")).toEqual(DEFAULT_FILTERS);
  });

  it("treats empty form fields as absent (a GET form sends every field)", () => {
    expect(ok("q=&region=&minCapacity=&hasInsertion=&course=%20")).toEqual(DEFAULT_FILTERS);
  });

  it("reads regions by name or slug, any case or accents, repeated or comma-separated", () => {
    expect(ok("region=Ségou&region=segou&region=KAYES").regions).toEqual(["Ségou", "Kayes"]);
    expect(ok("region=tombouctou,menaka").regions).toEqual(["Tombouctou", "Ménaka"]);
    expect(ok({ region: ["District de Bamako"] }).regions).toEqual(["Bamako"]);
  });

  it("rejects an unknown region, naming the parameter", () => {
    const e = fails("region=Paris");
    expect(e.param).toBe("region");
    expect(e.message).toContain("Paris");
  });

  it("reads every filter", () => {
    const f = ok(
      "q=menuiserie&category=ngo&category=incubator&funder=giz&course=couture&returnees=yes,past&minCapacity=100&hasInsertion=true&unverified=true&sort=-capacity&page=2&pageSize=50&format=csv&columns=regions,funders",
    );
    expect(f).toEqual({
      q: "menuiserie",
      regions: [],
      categories: ["ngo", "incubator"],
      funders: ["giz"],
      course: "couture",
      returnees: ["yes", "past"],
      minCapacity: 100,
      hasInsertion: true,
      unverified: true,
      sort: "-capacity",
      page: 2,
      pageSize: 50,
      format: "csv",
      columns: ["name", "regions", "funders"],
    });
  });

  it("sorts by relevance when searching, by name otherwise", () => {
    expect(ok("q=coop").sort).toBe("relevance");
    expect(ok("sort=relevance").sort).toBe("name");
    expect(ok("q=coop&sort=-insertion").sort).toBe("-insertion");
  });

  it.each([
    ["page=-1", "page"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["pageSize=1000", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["minCapacity=-5", "minCapacity"],
    ["minCapacity=1e9", "minCapacity"],
    ["hasInsertion=yes", "hasInsertion"],
    ["unverified=12", "unverified"],
    ["category=school", "category"],
    ["returnees=maybe", "returnees"],
    ["sort=name;DROP TABLE organization", "sort"],
    ["format=pdf", "format"],
    ["columns=password", "column"],
    ["funder=' OR 1=1 --", "funder"],
    ["q=a&q=b", "q"],
    ["page=1&page=2", "page"],
  ])("rejects %s naming the parameter", (query, param) => {
    expect(fails(query).param).toBe(param === "column" ? "columns" : param);
  });

  it("caps the search text length", () => {
    expect(fails({ q: "x".repeat(201) }).param).toBe("q");
    expect(ok({ q: "x".repeat(200) }).q).toHaveLength(200);
  });

  it("keeps SQL-ish and unicode search text as plain text", () => {
    expect(ok({ q: "'; DROP TABLE organization; --" }).q).toBe("'; DROP TABLE organization; --");
    expect(ok({ q: "coopérative 🤝 \u0000x" }).q).toBe("coopérative 🤝  x");
  });

  it("bounds repeated values", () => {
    expect(fails({ category: Array.from({ length: 31 }, () => "ngo") }).param).toBe("category");
  });
});

describe("partnerFiltersToParams", () => {
  it("round-trips a view through the URL, leaving defaults out", () => {
    const f = ok("q=coop&region=segou&returnees=yes&minCapacity=100&unverified=true&sort=-verified&page=3");
    const params = partnerFiltersToParams(f);
    expect(params.toString()).toBe("q=coop&region=segou&returnees=yes&minCapacity=100&unverified=true&sort=-verified&page=3");
    expect(ok(params)).toEqual(f);
  });

  it("applies overrides (sort headers, pagination, exports)", () => {
    const f = ok("region=kayes&page=4");
    expect(partnerFiltersToParams(f, { page: 1, format: "csv" }).toString()).toBe("region=kayes&format=csv");
  });

  it("knows when a filter is active", () => {
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilters(ok("hasInsertion=false"))).toBe(true);
    expect(hasActiveFilters(ok("unverified=true"))).toBe(true);
    expect(hasActiveFilters(ok("unverified=false"))).toBe(false);
  });
});

describe("parsePartnerFiltersLeniently (pages)", () => {
  it("keeps the valid filters and names the dropped one", () => {
    const { data, dropped } = parsePartnerFiltersLeniently(new URLSearchParams("region=kayes&minCapacity=abc&returnees=yes&page=2"));
    expect(data.regions).toEqual(["Kayes"]);
    expect(data.returnees).toEqual(["yes"]);
    expect(data.page).toBe(2);
    expect(data.minCapacity).toBeNull();
    expect(dropped).toEqual([{ param: "minCapacity", value: "abc" }]);
  });

  it("drops only the bad value of a repeatable parameter", () => {
    const { data, dropped } = parsePartnerFiltersLeniently(new URLSearchParams("region=kayes,paris&category=ngo&category=nope"));
    expect(data.regions).toEqual(["Kayes"]);
    expect(data.categories).toEqual(["ngo"]);
    expect(dropped).toEqual([
      { param: "region", value: "paris" },
      { param: "category", value: "nope" },
    ]);
  });

  it("reads a valid link exactly as the strict parser does", () => {
    const query = "q=menuiserie&region=segou&minCapacity=100&sort=-capacity&pageSize=50";
    const strict = parsePartnerFilters(new URLSearchParams(query));
    expect(strict.success && parsePartnerFiltersLeniently(new URLSearchParams(query))).toEqual({ data: strict.success && strict.data, dropped: [] });
  });

  it("drops a parameter given too many times as a whole", () => {
    const { data, dropped } = parsePartnerFiltersLeniently(new URLSearchParams("minCapacity=1&minCapacity=2&region=kayes"));
    expect(data.minCapacity).toBeNull();
    expect(data.regions).toEqual(["Kayes"]);
    expect(dropped.map((d) => d.param)).toEqual(["minCapacity", "minCapacity"]);
  });
});
