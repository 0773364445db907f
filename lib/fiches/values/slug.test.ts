import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { RESERVED_SLUGS, extractAcronym, ficheAcronym, freeSlug, slugify } from "./slug";

describe("slugify", () => {
  it("folds accents, case and punctuation into hyphens", () => {
    expect(slugify("CENTRE PERE MICHEL (CPM)")).toBe("centre-pere-michel-cpm");
    expect(slugify("Société Africaine d’Études et de Réalisations")).toBe("societe-africaine-d-etudes-et-de-realisations");
    expect(slugify("Relation Main d'œuvre")).toBe("relation-main-d-oeuvre");
    expect(slugify("I&P")).toBe("i-et-p");
  });
  it("keeps at most 80 characters without a trailing hyphen", () => {
    const s = slugify("Programme d’Appui à la Formation Professionnelle ".repeat(4));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith("-")).toBe(false);
    expect(s.startsWith("programme-d-appui")).toBe(true);
  });
});

/** A folder's URL children: a route group "(list)" is transparent, a private "_x" folder is no route. */
function routeChildren(dir: string): Array<{ segment: string; dir: string }> {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
    .flatMap((d) => {
      const full = path.join(dir, d.name);
      return d.name.startsWith("(") ? routeChildren(full) : [{ segment: d.name, dir: full }];
    });
}

/** The static segments beside a partner's or a donor's `[slug]`, anywhere in app/ (pages, admin, API). */
function staticBesideFicheSlugs(dir: string, segment = ""): string[] {
  const children = routeChildren(dir);
  const isFicheRoute = (segment === "partners" || segment === "donors") && children.some((c) => c.segment === "[slug]");
  const here = isFicheRoute ? children.map((c) => c.segment).filter((s) => !s.startsWith("[")) : [];
  return [...here, ...children.flatMap((c) => staticBesideFicheSlugs(c.dir, c.segment))];
}

describe("freeSlug", () => {
  it("reserves exactly the static routes beside a fiche's [slug], as app/ has them", () => {
    const routes = [...new Set(staticBesideFicheSlugs(path.join(process.cwd(), "app")))].sort();
    expect(routes).toContain("facets");
    expect([...RESERVED_SLUGS].sort()).toEqual(routes);
  });

  it("never gives a reserved slug or a taken one", () => {
    // A partner named "Facets" would be hidden behind /partners/facets.
    expect(freeSlug(slugify("Facets"), new Set())).toBe("facets-2");
    for (const word of RESERVED_SLUGS) expect(freeSlug(slugify(word.toUpperCase()), new Set())).toBe(`${word}-2`);
    expect(freeSlug("facets", new Set(["facets-2"]))).toBe("facets-3");
    expect(freeSlug("cfps", new Set(["cfps"]))).toBe("cfps-2");
    expect(freeSlug("cfps", new Set(["cfps-2"]))).toBe("cfps");
    expect(freeSlug("", new Set(), "partenaire")).toBe("partenaire");
  });
});

describe("extractAcronym", () => {
  it.each([
    ["CFP SENOU (CFPS)", "CFPS"],
    ["CENTRE PERE MICHEL (CPM)", "CPM"],
    ["AGENCE POUR LA PROMOTION DE L’EMPLOI DES JEUNES (APEJ)", "APEJ"],
    ["UNICEF", "UNICEF"],
    ["INVESTISSEURS ET PARTENAIRES (I&P)", "I&P"],
    ["GROUPE BANQUE MONDIALE", null],
    ["Caritas (Suisse)", null],
  ])("%s -> %s", (t, a) => expect(extractAcronym(t)).toBe(a));
});

describe("ficheAcronym", () => {
  it("does not take a one-word heading for an acronym when the fiche writes the word in lower case", () => {
    expect(ficheAcronym("CREATEAM", "Createam", ["Createam accompagne des jeunes"])).toBeNull();
    expect(ficheAcronym("SWISSCONTACT", "Swisscontact", [])).toBeNull();
    expect(ficheAcronym("DONILAB", "DONILAB", ["Donilab peut répondre aux besoins"])).toBeNull();
  });
  it("keeps a one-word heading the fiche always writes in capitals, addresses aside", () => {
    expect(ficheAcronym("UNICEF", "UNICEF", ["l’UNICEF collabore avec l’OIM", "bamako@unicef.org", "www.unicef.org/mali"])).toBe("UNICEF");
  });
  it("keeps the casing of the line under the heading", () => {
    expect(
      ficheAcronym("SOCIETE AFRICAINE D’ÉTUDES ET DE REALISATIONS (SAER-EMPLOI)", "Société Africaine d’Études et de Réalisations (SAER-Emploi)", []),
    ).toBe("SAER-Emploi");
    expect(ficheAcronym("CFP SENOU (CFPS)", "CFP Sénou (CFPS)", [])).toBe("CFPS");
    expect(ficheAcronym("GROUPE BANQUE MONDIALE", "Groupe Banque Mondiale", [])).toBeNull();
  });
});
