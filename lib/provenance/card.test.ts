import { describe, expect, it } from "vitest";
import { cardProvenance } from "./card";
import type { Provenance } from "./provenance";

describe("cardProvenance", () => {
  it("joins the report lines of a card's fields, on the first line's page", () => {
    const p: Provenance = {
      insertionText: { source: "report", lines: [120, 122], page: 14 },
      insertionRate: { source: "report", lines: [118, 118], page: 13 },
      insertionYear: { source: "report" },
    };
    expect(cardProvenance(p, ["insertionText", "insertionRate", "insertionYear"])).toEqual({ source: "report", lines: [118, 122], page: 13 });
  });

  it("shows the newest edit when any field of the card was edited, and whether any differs from the report", () => {
    const p: Provenance = {
      insertionText: { source: "edit", editedAt: "2027-03-03T10:00:00.000Z", editedBy: "Awa", version: 3, differsFromReport: false },
      insertionRate: { source: "edit", editedAt: "2027-04-01T10:00:00.000Z", editedBy: "Bakary", version: 4, differsFromReport: true },
      insertionYear: { source: "report", lines: [118, 118] },
    };
    expect(cardProvenance(p, ["insertionText", "insertionRate", "insertionYear"])).toEqual({
      source: "edit",
      editedAt: "2027-04-01T10:00:00.000Z",
      editedBy: "Bakary",
      version: 4,
      differsFromReport: true,
    });
  });

  it("keeps an older edition's name and a difference from the fiche's edition", () => {
    const p: Provenance = { costs: { source: "report", lines: [10, 11], edition: "Cartographie 2022", differsFromReport: true } };
    expect(cardProvenance(p, ["costs"])).toEqual({ source: "report", lines: [10, 11], edition: "Cartographie 2022", differsFromReport: true });
  });

  it("has nothing to say for fields it does not know", () => {
    expect(cardProvenance({}, ["costs"])).toBeNull();
  });
});
