import { describe, it, expect } from "vitest";
import { parsePhones } from "./phones";

const e164 = (t: string) => parsePhones(t).map((p) => p.e164);

describe("parsePhones", () => {
  it.each([
    ["+223 63.37.56.89", "+22363375689"],
    ["+223/66.60.55.50", "+22366605550"],
    ["+ 223/76.73.13.13", "+22376731313"],
    ["00223 83 70 50 33", "+22383705033"],
    ["+223 75 23 81 35", "+22375238135"],
    ["+223/78 72 01 15", "+22378720115"],
  ])("reads %s", (t, want) => expect(e164(t)).toEqual([want]));

  it("keeps the number as written", () => {
    expect(parsePhones("Contact  +223/66.60.55.50, x@y.ml")[0].text).toBe("+223/66.60.55.50");
  });
  it("tells a country-code slash from a second-number slash", () => {
    expect(e164("+223 20.22.26.91/76.35.01.92")).toEqual(["+22320222691", "+22376350192"]);
    expect(e164("+223 76.80.21.74 / 66.21.76.16")).toEqual(["+22376802174", "+22366217616"]);
    expect(e164("+223 91.05.20.11 /67.80.05.57")).toEqual(["+22391052011", "+22367800557"]);
    expect(e164("+223/76.30.91.27 et +223/74.59.50.68")).toEqual(["+22376309127", "+22374595068"]);
  });
  it("keeps a malformed number with a null e164", () => {
    expect(parsePhones("+223/706501.53, ospel@rodekors.dk")).toEqual([{ text: "+223/706501.53", e164: null }]);
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
    expect(phones.filter((p) => p.e164 === null).map((p) => p.text)).toEqual([expect.stringMatching(/^\+223\/\d{6}\.\d{2}$/)]);
  });
});
