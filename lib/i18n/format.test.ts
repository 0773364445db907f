import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Locale } from "./config";
import { fillTemplate } from "./fill-template";
import { createFormats } from "./format";
import type { VocabularyMessages } from "./vocabulary";

const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join(__dirname, "messages", locale, `${file}.json`), "utf8"));

/** The formats of one language, with the words of its real messages files. */
function formatsFor(locale: Locale) {
  const vocabulary = read(locale, "vocabulary") as Record<string, Record<string, string>>;
  const partner = read(locale, "partner");
  const get = (key: string) => {
    const [group, word] = key.split(".");
    return vocabulary[group]?.[word];
  };
  const t = Object.assign((key: string) => get(key) ?? key, { has: (key: string) => get(key) !== undefined }) as VocabularyMessages;
  return createFormats(locale, t, {
    period: (p) => partner.period[p],
    per: (part) => fillTemplate(partner.facts.per, { part }),
    unlimited: partner.facts.unlimited,
  });
}

// Intl separates French thousands with narrow no-break spaces (and "%" with one): compare with plain spaces.
const plain = (s: string | null | undefined) => s?.replace(/[\u202f\u00a0]/g, " ");

const fr = formatsFor("fr");
const en = formatsFor("en");

describe("figures in the interface's language", () => {
  it("groups thousands the French or the English way", () => {
    expect(plain(fr.number(1200))).toBe("1 200");
    expect(en.number(1200)).toBe("1,200");
    expect(plain(fr.number(12.5))).toBe("12,5");
    expect(en.number(12.5)).toBe("12.5");
  });

  it("writes shares and rates as percentages", () => {
    expect(plain(fr.share(0.125))).toBe("12,5 %");
    expect(en.share(0.125)).toBe("12.5%");
    expect(en.share(0.125, 0)).toBe("13%");
    expect(plain(fr.rate(85))).toBe("85 %");
    expect(en.rate(72.25)).toBe("72.25%");
    expect(en.rate(72.25, 1)).toBe("72.3%");
  });

  it("writes money with its currency, FCFA included", () => {
    expect(plain(fr.money(60_000_000, "USD"))).toBe("60 000 000 $US");
    expect(en.money(60_000_000, "USD")).toBe("US$60,000,000");
    expect(plain(fr.money(3_700_000, "EUR"))).toBe("3 700 000 €");
    expect(en.money(3_700_000, "EUR")).toBe("€3,700,000");
    expect(plain(fr.money(8_600_000_000, "XOF"))).toMatch(/^8 600 000 000 F\s?CFA$/);
    expect(plain(en.money(25_000, "XOF"))).toMatch(/^F\s?CFA 25,000$/);
  });

  it("keeps an unknown currency code, a figure without currency, and nothing without amount", () => {
    expect(plain(fr.money(1500, "ZZZZ"))).toBe("1 500 ZZZZ");
    expect(en.money(1500, "ZZZZ")).toBe("1,500 ZZZZ");
    expect(en.money(24_000_000, null)).toBe("24,000,000");
    expect(en.money(null, "EUR")).toBeNull();
  });

  it("writes ranges with an en dash", () => {
    expect(en.range(100, 1200)).toBe("100–1,200");
    expect(plain(fr.range(100, 1200))).toBe("100–1 200");
    expect(en.range(null, 40)).toBe("40");
    expect(en.range(30, 30)).toBe("30");
    expect(en.range(null, null)).toBeNull();
  });
});

describe("capacities in the interface's language", () => {
  const base = { min: null, max: null, unit: null, period: null, per: null, unlimited: false } as const;

  it("translates the unit, the part a figure counts and the period in English", () => {
    expect(en.capacity({ ...base, max: 800, unit: "apprenants", period: "year" })).toEqual({ text: "800 learners per year" });
    expect(en.capacity({ ...base, min: 1000, max: 1200, unit: "élèves", per: "filière", period: "cohort" })).toEqual({
      text: "1,000–1,200 pupils per trade per cohort",
    });
    expect(en.capacity({ ...base, max: 25, unit: "apprenants", per: "groupe" })).toEqual({ text: "25 learners per group" });
    expect(en.capacity({ ...base, max: 30, unit: "migrants de retour", per: "salle" })).toEqual({ text: "30 returning migrants per room" });
  });

  it("keeps the report's words in French", () => {
    expect(plain(fr.capacity({ ...base, max: 1200, unit: "apprenants", per: "groupe", period: "year" })?.text)).toBe("1 200 apprenants par groupe par an");
  });

  it("says no limit, nothing without a figure, and marks a word it cannot translate as French", () => {
    expect(en.capacity({ ...base, unlimited: true })).toEqual({ text: "No limit" });
    expect(en.capacity({ ...base, unit: "apprenants" })).toBeNull();
    expect(en.capacity({ ...base, max: 12, unit: "tisserandes" })).toEqual({ text: "12 tisserandes", lang: "fr" });
  });

  it("has an English word for every unit and part the report's fiches use", () => {
    const parsed = ["apprenants", "élèves", "migrants de retour", "jeunes", "places", "personnes", "entrepreneurs", "jeunes entrepreneurs", "salariés", "migrants"];
    for (const unit of parsed) expect(en.term("units", unit).lang, unit).toBeUndefined();
    for (const part of ["groupe", "filière", "salle"]) expect(en.term("parts", part).lang, part).toBeUndefined();
  });
});
