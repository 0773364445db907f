import { describe, it, expect } from "vitest";
import { parseFounded, parseFrenchDate, parseYearRange } from "./dates";

describe("parseYearRange", () => {
  it.each([
    ["2021-2026", 2021, 2026],
    ["2020 – 2024", 2020, 2024],
    ["Janvier 2022 – janvier 2024", 2022, 2024],
    ["Décembre 2019 - Novembre 2022", 2019, 2022],
    ["Début mars 2019 – 3 ans (en cours)", 2019, 2022],
    ["April 2016 – 2024 (extension)", 2016, 2024],
    ["11/2022 – 11/2025", 2022, 2025],
    ["2018- juin 2023", 2018, 2023],
    ["2022/23", 2022, 2023],
    ["• PAPSE : 2020 à 2023 (phase I) ; 2023 – 2027 (phase II)", 2020, 2027],
    ["Lancement en 2023 avec l’organisme", 2023, null],
    ["En cours de définition", null, null],
  ])("%s", (t, s, e) => expect(parseYearRange(t)).toEqual({ startYear: s, endYear: e }));

  it("does not read legal references as years", () => {
    expect(parseYearRange("loi n°03-31 du 25 août 2003")).toEqual({ startYear: 2003, endYear: null });
    expect(parseYearRange("N° 81-08 AN-RM")).toEqual({ startYear: null, endYear: null });
    expect(parseYearRange("décret n°2016-26")).toEqual({ startYear: null, endYear: null });
  });
});

describe("parseFounded", () => {
  it.each([
    ["Le Centre a été créé en 2006 et est rattaché", 2006],
    ["Association créée le 5 juillet 2018", 2018],
    ["Etablissement public, créé en octobre 1969.", 1969],
    ["Créé en 1956, établissement privé agréé", 1956],
    ["Année de création : 2011.", 2011],
    ["L’APEJ a été créée par la loi n°03-31 du 25 août 2003 modifiée en 2014", 2003],
    ["Banque commerciale créée en 1981 par la loi N° 81-08 AN-RM du 03 février 1981.", 1981],
    ["Association née en 2017", 2017],
    ["Le Centre a été inauguré le 5 juillet 2018 et est rattaché", 2018],
    ["Le centre a été mis en place en 2013 par la commune", 2013],
    ["L’association existe depuis 1995.", 1995],
  ])("%s", (t, y) => expect(parseFounded(t)).toBe(y));

  it("prefers the creation year over a later 'depuis'", () => {
    expect(parseFounded("RMO a été créé en 1985 en Côte d’Ivoire et dispose d’une agence au Mali depuis 2005.")).toBe(1985);
  });
  it("does not take presence or a lone date for a creation", () => {
    expect(parseFounded("ONG internationale, présente au Mali depuis 1989")).toBeNull();
    expect(parseFounded("Agrément du 03 février 1981")).toBeNull();
    expect(parseFounded("Le projet a mis en place en 2019 un fonds de garantie")).toBeNull();
    expect(parseFounded("Le centre a créé en 2015 une filière, il ne dispose depuis 2016 que d’un atelier")).toBeNull();
  });
  it("returns null without a year", () => {
    expect(parseFounded("Publique")).toBeNull();
    expect(parseFounded("Depuis sa création, 80 porteurs")).toBeNull();
  });
});

describe("parseFrenchDate", () => {
  it("reads numeric and worded dates", () => {
    expect(parseFrenchDate("Directeur 02/11/2022")).toBe("2022-11-02");
    expect(parseFrenchDate("créée le 5 juillet 2018")).toBe("2018-07-05");
    expect(parseFrenchDate("le 1er mars 2020")).toBe("2020-03-01");
    expect(parseFrenchDate("03 février 1981")).toBe("1981-02-03");
  });
  it("rejects impossible dates and texts without a date", () => {
    expect(parseFrenchDate("31/13/2022")).toBeNull();
    expect(parseFrenchDate("octobre 1969")).toBeNull();
  });
});
