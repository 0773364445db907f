import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillTemplate, placeholderNames } from "./fill-template";

const partners = (locale: string) => JSON.parse(readFileSync(path.join(__dirname, "messages", locale, "partners.json"), "utf8"));

describe("fillTemplate", () => {
  it("fills the list's messages as the page shows them", () => {
    const fr = partners("fr");
    const en = partners("en");
    expect(fillTemplate(fr.compare.button, { count: 3 })).toBe("Comparer (3)");
    expect(fillTemplate(en.compare.button, { count: 0 })).toBe("Compare (0)");
    expect(fillTemplate(fr.filters.count, { count: 12 })).toBe("(12)");
    expect(fillTemplate(fr.table.number, { number: 7 })).toBe("n° 7");
    expect(fillTemplate(en.table.select, { name: "Centre de formation" })).toBe("Select Centre de formation");
  });

  it("fills several placeholders, and the same one wherever it stands", () => {
    expect(fillTemplate("{from}–{to} sur {total}", { from: 1, to: 25, total: 37 })).toBe("1–25 sur 37");
    expect(fillTemplate("{name} ({name})", { name: "AFD" })).toBe("AFD (AFD)");
  });

  it("leaves a placeholder it has no value for as it is", () => {
    expect(fillTemplate("{count} de {total}", { count: 2 })).toBe("2 de {total}");
    expect(fillTemplate("n° {number}", {})).toBe("n° {number}");
    // Only the values' own keys: not what every object inherits.
    expect(fillTemplate("{constructor} {toString}", {})).toBe("{constructor} {toString}");
  });

  it("inserts a value as written", () => {
    // String.replace with a string would read "$&" as "the matched text".
    expect(fillTemplate("Sélectionner {name}", { name: "A$&B $1 $$" })).toBe("Sélectionner A$&B $1 $$");
    expect(fillTemplate("{a}{b}", { a: "{b}", b: "x" })).toBe("{b}x");
    expect(fillTemplate("({count})", { count: 0 })).toBe("(0)");
  });
});

describe("placeholderNames", () => {
  it("names a message's placeholders in order, as fillTemplate reads them", () => {
    expect(placeholderNames("l. {from}–{to}")).toEqual(["from", "to"]);
    expect(placeholderNames("{name} ({name})")).toEqual(["name", "name"]);
    expect(placeholderNames("Partenaires")).toEqual([]);
    expect(placeholderNames("{ name } {a-b}")).toEqual([]);
  });
});
