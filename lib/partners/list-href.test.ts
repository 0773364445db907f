import { describe, expect, it } from "vitest";
import { localizeHref } from "../i18n/routing";
import { DEFAULT_FILTERS, type PartnerFilters } from "./filter-params";
import { partnerListHrefs } from "./list-href";

const fr = (href: string) => localizeHref("fr", href);
const en = (href: string) => localizeHref("en", href);

/** /partners?q=formation&funder=afd&funder=giz&page=3&pageSize=50&columns=name,capacity */
const filtered: PartnerFilters = {
  ...DEFAULT_FILTERS,
  q: "formation",
  funders: ["afd", "giz"],
  sort: "relevance",
  page: 3,
  pageSize: 50,
  columns: ["name", "capacity"],
};

describe("the list page's links to its other views", () => {
  it("sorts from the first page, keeping the search, filters, page size and columns", () => {
    const hrefs = partnerListHrefs(filtered, fr);
    expect(hrefs.sortedBy("-capacity")).toBe("/partners?q=formation&funder=afd&funder=giz&sort=-capacity&pageSize=50&columns=name%2Ccapacity");
    // A search sorts by relevance by default: sorting by name is then written out.
    expect(hrefs.sortedBy("name")).toBe("/partners?q=formation&funder=afd&funder=giz&sort=name&pageSize=50&columns=name%2Ccapacity");
    expect(hrefs.sortedBy("relevance")).toBe("/partners?q=formation&funder=afd&funder=giz&pageSize=50&columns=name%2Ccapacity");
  });

  it("leaves the default sort and the first page out of the link", () => {
    const hrefs = partnerListHrefs({ ...DEFAULT_FILTERS, sort: "-capacity", page: 2 }, fr);
    expect(hrefs.sortedBy("name")).toBe("/partners");
    expect(hrefs.sortedBy("-insertion")).toBe("/partners?sort=-insertion");
  });

  it("keeps the page's language", () => {
    expect(partnerListHrefs(DEFAULT_FILTERS, en).sortedBy("-verified")).toBe("/en/partners?sort=-verified");
    expect(partnerListHrefs(DEFAULT_FILTERS, en).with({})).toBe("/en/partners");
    expect(partnerListHrefs(filtered, en).with({ page: 4 })).toBe("/en/partners?q=formation&funder=afd&funder=giz&page=4&pageSize=50&columns=name%2Ccapacity");
  });

  it("changes only what it is given (pagination, a chip, clearing the filters)", () => {
    const hrefs = partnerListHrefs(filtered, fr);
    expect(hrefs.with({ page: 4 })).toBe("/partners?q=formation&funder=afd&funder=giz&page=4&pageSize=50&columns=name%2Ccapacity");
    expect(hrefs.with({ funders: ["giz"], page: 1 })).toBe("/partners?q=formation&funder=giz&pageSize=50&columns=name%2Ccapacity");
    expect(hrefs.with({ ...DEFAULT_FILTERS, pageSize: 50, columns: filtered.columns })).toBe("/partners?pageSize=50&columns=name%2Ccapacity");
  });
});
