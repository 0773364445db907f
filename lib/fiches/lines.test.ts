import { describe, expect, it } from "vitest";
import { toSourceLines } from "./lines";

describe("toSourceLines", () => {
  it("numbers lines from 1 and accepts CRLF, CR and a BOM", () => {
    const lines = toSourceLines("\uFEFFPays Mali \r\n\r\nRégion Kayes\rVille  Kayes\n");
    expect(lines.map((l) => [l.n, l.text, l.kind])).toEqual([
      [1, "Pays Mali", "content"],
      [2, "", "blank"],
      [3, "Région Kayes", "content"],
      [4, "Ville  Kayes", "content"],
    ]);
  });

  it("drops the page-break leading space and trailing spaces but keeps inner runs", () => {
    const [heading, city, contact] = toSourceLines(" FICHE PARTENAIRE 2 : CFP SENOU (CFPS) \nVille  Bamako \n       Contact  +223 79.08.10.91 ");
    expect(heading.text).toBe("FICHE PARTENAIRE 2 : CFP SENOU (CFPS)");
    expect(heading.raw).toBe(" FICHE PARTENAIRE 2 : CFP SENOU (CFPS) ");
    expect(city.text).toBe("Ville  Bamako");
    expect(contact.text).toBe("Contact  +223 79.08.10.91");
  });

  it("marks a lone number between blank lines as a page number, not one inside a block", () => {
    const lines = toSourceLines(
      ["Contact  +223/71.43.33.40", " ", "45", " ", "", "Capacité totale", "2020", "apprenants"].join("\n"),
    );
    expect(lines[2].kind).toBe("pageNumber");
    expect(lines[6].kind).toBe("content");
  });

  it("marks link and mailto dumps, but keeps a www address that is part of the text", () => {
    const lines = toSourceLines(
      [
        "https://www.donilab.org/",
        "mailto:info@donilab.net",
        "www.grdr.org ",
        "Site internet : https://www.donilab.org/  ",
      ].join("\n"),
    );
    expect(lines.map((l) => l.kind)).toEqual(["link", "mailto", "content", "content"]);
  });

  it("returns no lines for an empty text", () => {
    expect(toSourceLines("")).toEqual([]);
  });
});
