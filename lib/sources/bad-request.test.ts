import { describe, expect, it } from "vitest";
import { badRequestHtml } from "../http/bad-request-page";
import { sourcesBadRequest } from "./bad-request";
import { parseSourcesParams } from "./schemas";

describe("sourcesBadRequest", () => {
  it("names each dropped value in the visitor's language and links to the view without it", () => {
    const { data, errors } = parseSourcesParams(new URLSearchParams("iq=%00&dq=oim&dsort=-colour"));
    const fr = sourcesBadRequest("fr", data, errors);
    expect(fr.items).toEqual([
      "Recherche des acteurs rencontrés (iq) : contient un caractère de contrôle (invisible), qu’une recherche ne peut pas contenir",
      "Tri des documents (dsort) : tri « -colour » inconnu ; valeurs attendues : position, author, year, title, précédées de « - » pour l’ordre décroissant",
    ]);
    expect(fr.link.href).toBe("/sources?dq=oim");
    const en = sourcesBadRequest("en", data, errors);
    expect(en.lang).toBe("en");
    expect(en.items[0]).toBe("Search of the people met (iq): contains a control (invisible) character, which a search cannot hold");
  });

  it("escapes what the link carried in the page it answers", () => {
    const { data, errors } = parseSourcesParams({ isort: "<script>alert(1)</script>" });
    const html = badRequestHtml(sourcesBadRequest("en", data, errors));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });
});
