import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../i18n/messages/en/funders.json";
import fr from "../i18n/messages/fr/funders.json";

/** The funder page's sentence on who is funded now, from the figures (partners, not fundings). */
function currentFigures(locale: "fr" | "en", partnerCount: number, currentCount: number): string {
  const t = createTranslator({ locale, messages: { funders: locale === "fr" ? fr : en }, namespace: "funders.detail" });
  return t("currentFigures", { count: currentCount, past: partnerCount - currentCount });
}

describe("a funder's page: partners funded now", () => {
  it("says all of them when none is past only, one when there is one", () => {
    expect(currentFigures("en", 11, 11)).toBe("All of them are described as funded now.");
    expect(currentFigures("fr", 11, 11)).toBe("Tous sont présentés comme financés actuellement.");
    expect(currentFigures("en", 1, 1)).toBe("It is described as funded now.");
    expect(currentFigures("fr", 1, 1)).toBe("Il est présenté comme financé actuellement.");
  });

  it("counts those funded now and those funded only in the past", () => {
    expect(currentFigures("en", 5, 3)).toBe("3 are described as funded now, 2 only in the past.");
    expect(currentFigures("fr", 5, 1)).toBe("1 est présenté comme financé actuellement, 4 seulement par le passé.");
    expect(currentFigures("en", 2, 0)).toBe("None is described as funded now: all of them were in the past.");
  });
});

describe("a funder's page: partners by region", () => {
  it("names the nationwide partners a region's count includes, in words that agree in French", () => {
    const link = (locale: "fr" | "en", count: number, national: number) =>
      createTranslator({ locale, messages: { funders: locale === "fr" ? fr : en }, namespace: "funders.detail" })("regionLink", { count, region: "Kayes", national });
    expect(link("fr", 7, 2)).toBe("7 partenaires à Kayes, dont 2 à couverture nationale");
    expect(link("fr", 1, 0)).toBe("1 partenaire à Kayes");
    expect(link("en", 7, 1)).toBe("7 partners in Kayes, of which 1 nationwide");
  });
});

