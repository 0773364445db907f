import { describe, it, expect } from "vitest";
import { lexemesOf, passageFromText, type Passage } from "./passage";

function marked(p: Passage | null): string | null {
  if (!p) return null;
  let out = "";
  let last = 0;
  for (const [s, e] of p.marks) {
    out += `${p.text.slice(last, s)}[${p.text.slice(s, e)}]`;
    last = e;
  }
  return out + p.text.slice(last);
}

describe("lexemesOf", () => {
  it("reads the positive lexemes of querytree's output", () => {
    expect(lexemesOf("'format' & 'kay'")).toEqual(["format", "kay"]);
    expect(lexemesOf("'menuiser' & !'soudur'")).toEqual(["menuiser"]);
    expect(lexemesOf("'l''ecol' <-> 'agricol'")).toEqual(["l'ecol", "agricol"]);
    expect(lexemesOf("T")).toEqual([]);
    expect(lexemesOf(null)).toEqual([]);
  });
});

describe("passageFromText", () => {
  it("marks the words that start with a lexeme, accents and case kept as written", () => {
    const text = "Filières : Menuiserie, coopérative des femmes\nsoudure";
    expect(marked(passageFromText(text, "'menuiser' & 'cooper'"))).toBe("Filières : [Menuiserie], [coopérative] des femmes soudure");
  });

  it("matches capitals with accents and words only from their start", () => {
    expect(marked(passageFromText("ÉCOLE de formation, déformation", "'ecol' & 'format'"))).toBe("[ÉCOLE] de [formation], déformation");
  });

  it("folds the fiche the way unaccent does (œ -> oe)", () => {
    expect(marked(passageFromText("Œuvre sociale : cœur de métier", "'coeur'"))).toBe("Œuvre sociale : [cœur] de métier");
  });

  it("keeps about 25 words around the place where most query terms meet", () => {
    const filler = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(" ");
    const text = `formation seule. ${filler} formation des menuisiers à Kayes. ${filler}`;
    const p = passageFromText(text, "'format' & 'menuisi'")!;
    expect(marked(p)).toContain("[formation] des [menuisiers] à Kayes");
    expect(p.text).not.toContain("formation seule");
    expect(p.text.split(" ").length).toBeLessThanOrEqual(26);
  });

  it("keeps markup in the fiche as text (the page escapes it)", () => {
    const p = passageFromText("<script>alert(1)</script> menuiserie", "'menuiser'")!;
    expect(p.text).toBe("script>alert(1)</script> menuiserie");
    expect(p.text.slice(p.marks[0][0], p.marks[0][1])).toBe("menuiserie");
  });

  it("builds a valid pattern for lexemes with hyphens, dots, @ and apostrophes", () => {
    // The querytree of "auto-emploi", "UE-OIM", "plomberie-sanitaire", an e-mail, "l'API".
    const text = "Appui à l'auto-emploi, partenaire UE-OIM, plomberie-sanitaire, l'API, écrire à info@centre.ml";
    expect(marked(passageFromText(text, "'auto-emploi' <-> 'auto' <-> 'emploi'"))).toContain("[auto]-[emploi]");
    expect(marked(passageFromText(text, "'ue-oim' <-> 'ue' <-> 'oim'"))).toContain("[UE]-[OIM]");
    expect(marked(passageFromText(text, "'plomberie-sanitair' <-> 'plomber' <-> 'sanitair'"))).toContain("[plomberie]-[sanitaire]");
    expect(marked(passageFromText(text, "'info@centre.ml'"))).toContain("[info]@centre.ml");
    expect(marked(passageFromText(text, "'l''api'"))).toContain("[l]'API");
    for (const tree of ["'a.b'", "'(x'", "'[y]'", "'z+'", "'w*'", "'$'", "'{1}'", "'|'", "'\\'", "'/'", "'-'"]) {
      expect(() => passageFromText(text, tree)).not.toThrow();
    }
  });

  it("prefers a window with the query's words as typed over stemmed neighbours", () => {
    const filler = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(" ");
    const text = `un mécanisme de suivi. ${filler} atelier de mécanique auto. ${filler}`;
    const p = passageFromText(text, "'mecan'", "Mécanique")!;
    expect(marked(p)).toContain("atelier de [mécanique] auto");
    expect(p.text).not.toContain("mécanisme");
    // Without the typed query the first place wins, as before.
    expect(marked(passageFromText(text, "'mecan'"))).toContain("un [mécanisme] de suivi");
  });

  it("is null when no word matches, or without a text or terms", () => {
    expect(passageFromText("Centre de formation", "'missab'")).toBeNull();
    expect(passageFromText(null, "'format'")).toBeNull();
    expect(passageFromText("Centre de formation", "T")).toBeNull();
  });

  it("does not highlight negated terms", () => {
    expect(marked(passageFromText("formation et soudure", "'format' & !'soudur'"))).toBe("[formation] et soudure");
  });
});
