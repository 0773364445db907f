import { describe, it, expect } from "vitest";
import { parsePhones } from "./phones";

const e164 = (t: string) => parsePhones(t).map((p) => p.e164);

describe("parsePhones", () => {
  it.each([
    ["+223 63.15.72.38", "+22363157238"],
    ["+223/66.89.68.87", "+22366896887"],
    ["+ 223/76.66.84.66", "+22376668466"],
    ["00223 83 22 25 42", "+22383222542"],
    ["+223 75 37 18 17", "+22375371817"],
    ["+223/78 81 10 78", "+22378811078"],
  ])("reads %s", (t, want) => expect(e164(t)).toEqual([want]));

  it("keeps the number as written", () => {
    expect(parsePhones("Contact  +223/66.89.68.87, x@y.ml")[0].text).toBe("+223/66.89.68.87");
  });
  it("tells a country-code slash from a second-number slash", () => {
    expect(e164("+223 20.22.26.91/76.49.74.47")).toEqual(["+22320222691", "+22376497447"]);
    expect(e164("+223 76.83.87.00 / 66.79.76.21")).toEqual(["+22376838700", "+22366797621"]);
    expect(e164("+223 91.08.05.61 /67.73.74.32")).toEqual(["+22391080561", "+22367737432"]);
    expect(e164("+223/76.30.79.23 et +223/74.03.76.77")).toEqual(["+22376307923", "+22374037677"]);
  });
  it("keeps a malformed number with a null e164", () => {
    expect(parsePhones("+223/700678.06, ospel@rodekors.dk")).toEqual([{ text: "+223/700678.06", e164: null }]);
  });
  it("does not take dates, years or amounts for phones", () => {
    expect(parsePhones("rencontre du 02/11/2022, en 2021, pour 2 500 000 FCFA et 10.000 FCFA")).toEqual([]);
  });
});

describe("parsePhones on the real report", () => {
  it("reads every +223 number and finds the one malformed number", async () => {
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync("seeds/000_b0b3eacde88cb4a8.txt", "utf8").split("\n");
    const withCode = lines.filter((l) => /\+\s?223|00223/.test(l));
    const phones = withCode.flatMap((l) => parsePhones(l));
    expect(withCode.every((l) => parsePhones(l).length > 0)).toBe(true);
    expect(phones.filter((p) => p.e164 === null).map((p) => p.text)).toEqual(["+223/700678.06"]);
  });
});
