import { describe, expect, it } from "vitest";
import { facetReadFilters, filtersKey, listReadFilters } from "./cache-keys";
import { parsePartnerFilters, type PartnerFilters } from "./filters";

function filters(query: string): PartnerFilters {
  const r = parsePartnerFilters(new URLSearchParams(query));
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}
const facetsKey = (query: string) => filtersKey(facetReadFilters(filters(query)));
const listKey = (query: string) => filtersKey(listReadFilters(filters(query)));

describe("anonymous cache keys", () => {
  it("gives every sort, page, page size and column set of a view one facets entry", () => {
    const view = "q=formation&region=kayes&returnees=yes";
    const key = facetsKey(view);
    for (const variant of ["sort=-capacity", "sort=relevance&page=3", "page=2&pageSize=50", "columns=name,regions", "format=csv"]) {
      expect(facetsKey(`${view}&${variant}`)).toBe(key);
    }
  });

  it("keeps apart the facets of views whose filters differ", () => {
    const keys = [
      "",
      "q=formation",
      "q=formation&region=kayes",
      "region=kayes",
      "region=kayes&region=gao",
      "category=ngo",
      "funder=union-europeenne",
      "course=couture",
      "returnees=yes",
      "minCapacity=10",
      "hasInsertion=true",
      "hasInsertion=false",
      "unverified=true",
    ].map(facetsKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps the page, its size and the order in the list's key, not the columns or the format", () => {
    const view = "region=kayes";
    expect(listKey(`${view}&columns=name,regions&format=csv`)).toBe(listKey(view));
    const keys = [view, `${view}&page=2`, `${view}&pageSize=50`, `${view}&sort=-capacity`, "region=gao"].map(listKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
