import { describe, it, expect } from "vitest";
import { MALI_REGIONS, normaliseRegion, parseCities, parseRegions, regionOfPlace, regionSlug } from "./regions";

describe("normaliseRegion", () => {
  it("accepts any case and accents", () => {
    expect(normaliseRegion("Segou")).toBe("Ségou");
    expect(normaliseRegion("SÉGOU")).toBe("Ségou");
    expect(normaliseRegion(" menaka ")).toBe("Ménaka");
  });
  it("accepts district and region prefixes and known variants", () => {
    expect(normaliseRegion("district de Bamako")).toBe("Bamako");
    expect(normaliseRegion("Région de Kayes")).toBe("Kayes");
    expect(normaliseRegion("Timbuktu")).toBe("Tombouctou");
    expect(normaliseRegion("Taoudeni")).toBe("Taoudénit");
  });
  it("rejects towns and countries", () => {
    expect(normaliseRegion("Kita")).toBeNull();
    expect(normaliseRegion("Mali")).toBeNull();
  });
  it("lists the eleven regions with accents", () => {
    expect(MALI_REGIONS).toHaveLength(11);
    expect(MALI_REGIONS).toContain("Taoudénit");
  });
});

describe("regionSlug", () => {
  it("strips accents", () => {
    expect(regionSlug("Ségou")).toBe("segou");
    expect(regionSlug("Taoudénit")).toBe("taoudenit");
  });
});

describe("parseRegions", () => {
  it("reads a list with commas and 'et', in order", () => {
    expect(parseRegions("Bamako, Sikasso, Mopti et Ségou")).toEqual({
      regions: ["Bamako", "Sikasso", "Mopti", "Ségou"],
      national: false,
      places: [],
      unknown: [],
    });
  });
  it("counts a cercle in its region, in order of mention (AVSF, FP18: Kita is in Kayes)", () => {
    const r = parseRegions("Tombouctou, Gao, Mopti, Sikasso, Kita, Bamako");
    expect(r.regions).toEqual(["Tombouctou", "Gao", "Mopti", "Sikasso", "Kayes", "Bamako"]);
    expect(r.places).toEqual([{ name: "Kita", region: "Kayes" }]);
    expect(r.unknown).toEqual([]);
  });
  it("maps the regions created in 2012 and the towns of the gazetteer to the report's regions", () => {
    expect(regionOfPlace("Région de Koutiala")).toBe("Sikasso");
    expect(regionOfPlace("Dioila")).toBe("Koulikoro");
    expect(regionOfPlace("NIONO")).toBe("Ségou");
    expect(regionOfPlace("Markala")).toBe("Ségou");
    expect(regionOfPlace("Gourma Rharous")).toBe("Tombouctou");
    expect(regionOfPlace("Paris")).toBeNull();
  });
  it("gives the 14 cercles of a programme zone their regions and names what it cannot place", () => {
    const r = parseRegions(
      "Kita, Kolokani, Bougouni, Nara, Niani, Nampara, Bandiagara, Niafunke,\nBourem, Douentza, Gourma-Rharous, Ansongo, Tessalit, Taoudeni",
    );
    expect(r.regions).toEqual(["Kayes", "Koulikoro", "Sikasso", "Mopti", "Tombouctou", "Gao", "Kidal", "Taoudénit"]);
    expect(r.unknown).toEqual(["Niani", "Nampara"]);
  });
  it("drops duplicates", () => {
    expect(parseRegions("Ségou (cercles de Ségou, San) et Sikasso").regions).toEqual(["Ségou", "Sikasso"]);
  });
  it.each([
    "National",
    "Couverture nationale",
    "Toutes les régions du pays",
    "Ensemble du territoire malien, projet régional (Niger, Burkina Faso et Niger).",
  ])("sets national for %s", (text) => {
    const r = parseRegions(text);
    expect(r.national).toBe(true);
    expect(r.regions).toEqual([]);
    expect(r.unknown).toEqual([]);
  });
  it("does not take the cities of the listed regions for the whole country (Swisscontact, FP17)", () => {
    expect(parseRegions("Présent dans les principales villes des régions")).toMatchObject({ national: false, regions: [], unknown: [] });
  });
  it("does not take 'internationale' for national", () => {
    expect(parseRegions("ONG internationale à Bamako").national).toBe(false);
  });
  it("reads bullets with project prefixes without taking acronyms for places", () => {
    const r = parseRegions("• PAFEEM : Mopti, Gao, Tombouctou, Kidal et Ségou\n• EPEC : national");
    expect(r.regions).toEqual(["Mopti", "Gao", "Tombouctou", "Kidal", "Ségou"]);
    expect(r.national).toBe(true);
    expect(r.unknown).toEqual([]);
  });
  it("splits hyphen-joined regions but keeps hyphenated towns", () => {
    const r = parseRegions("• PADEL : Kita, Gourma-Rharous, Taoudeni\n• PACAM : Sikasso-Bamako-Koulikoro");
    expect(r.regions).toEqual(["Kayes", "Tombouctou", "Taoudénit", "Sikasso", "Bamako", "Koulikoro"]);
    expect(r.unknown).toEqual([]);
  });
  it("ignores countries and strips 'Région de', 'district de', 'Cercle de'", () => {
    const r = parseRegions(
      "• Région de Sikasso\n• District de Bamako et zones périurbaines (Kati et Koulikoro)\n• Cercle de Kita\nMulti-pays (Mali, Mauritanie, Sénégal)",
    );
    expect(r.regions).toEqual(["Sikasso", "Bamako", "Koulikoro", "Kayes"]);
    expect(r.places).toEqual([
      { name: "Kati", region: "Koulikoro" },
      { name: "Kita", region: "Kayes" },
    ]);
    expect(r.unknown).toEqual([]);
  });
});

describe("parseCities", () => {
  it("splits a Ville value", () => {
    expect(parseCities("Bamako")).toEqual(["Bamako"]);
    expect(parseCities("Bamako et Ségou")).toEqual(["Bamako", "Ségou"]);
    expect(parseCities("Bamako, Kita, Kayes")).toEqual(["Bamako", "Kita", "Kayes"]);
  });
  it("gives nothing for national values", () => {
    expect(parseCities("National")).toEqual([]);
    expect(parseCities("Présent dans les principales villes des régions")).toEqual([]);
  });
  it("finds the place in an office sentence", () => {
    expect(parseCities("Un bureau de coordination est établi à Bamako")).toEqual(["Bamako"]);
    expect(parseCities("Bureau de coordination à Bamako")).toEqual(["Bamako"]);
  });
});
