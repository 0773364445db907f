import { describe, expect, it } from "vitest";
import { containsPattern, legacySourcesHref, parseSourcesParams, sourcesHref } from "./schemas";

describe("parseSourcesParams", () => {
  it("reads each table's search and sort from its own prefix, in the one sort convention", () => {
    expect(parseSourcesParams({ iq: " Kayes ", isort: "-date", dq: "OIM", dsort: "year" })).toEqual({
      data: { iq: "Kayes", isort: "-date", dq: "OIM", dsort: "year" },
      errors: [],
    });
    expect(parseSourcesParams(new URLSearchParams("dsort=-title&utm_source=mail"))).toEqual({
      data: { iq: "", isort: "position", dq: "", dsort: "-title" },
      errors: [],
    });
  });

  it("drops a value it cannot read on its own, keeps the rest, and names why", () => {
    const { data, errors } = parseSourcesParams({ iq: "kayes", isort: "password", dq: ["a", "b"], dsort: "-year" });
    expect(data).toEqual({ iq: "kayes", isort: "position", dq: "", dsort: "-year" });
    expect(errors).toEqual([
      { param: "isort", problem: "unknownSort", value: "password" },
      { param: "dq", problem: "repeated", value: "a, b" },
    ]);
  });

  it("refuses a control character in a search (issue 9: /sources?iq=%00), and an overlong search", () => {
    expect(parseSourcesParams(new URLSearchParams("iq=%00")).errors).toEqual([{ param: "iq", problem: "controlCharacters", value: "" }]);
    expect(parseSourcesParams({ dq: "ab\u001fcd" }).errors).toEqual([{ param: "dq", problem: "controlCharacters", value: "" }]);
    expect(parseSourcesParams({ iq: "x".repeat(201) }).errors).toEqual([{ param: "iq", problem: "tooLong", value: `${"x".repeat(40)}…` }]);
    expect(parseSourcesParams({ iq: "x".repeat(200) }).errors).toEqual([]);
  });

  it("takes an empty value (an untouched form field) as absent", () => {
    expect(parseSourcesParams({ iq: "", isort: "" })).toEqual({ data: { iq: "", isort: "position", dq: "", dsort: "position" }, errors: [] });
  });
});

describe("sourcesHref", () => {
  it("leaves defaults out and keeps the other table's state", () => {
    const params = { iq: "kayes", isort: "position", dq: "", dsort: "-year" } as const;
    expect(sourcesHref(params, { isort: "-date" }, "#interviews")).toBe("/sources?iq=kayes&isort=-date&dsort=-year#interviews");
    expect(sourcesHref({ iq: "", isort: "position", dq: "", dsort: "position" })).toBe("/sources");
  });
});

describe("legacySourcesHref", () => {
  it("turns an old isort/idir link into today's form, and leaves today's links alone", () => {
    expect(legacySourcesHref(new URLSearchParams("iq=kayes&isort=date&idir=desc&dsort=year&ddir=asc"))).toBe("/sources?iq=kayes&isort=-date&dsort=year");
    expect(legacySourcesHref(new URLSearchParams("idir=desc"))).toBe("/sources");
    expect(legacySourcesHref(new URLSearchParams("isort=-date&dq=oim"))).toBeNull();
  });
});

describe("containsPattern", () => {
  it("escapes LIKE wildcards so that 100% matches literally", () => {
    expect(containsPattern("100%_x")).toBe("%100\\%\\_x%");
  });
});
