import { describe, expect, it } from "vitest";
import { fundersOffered } from "./funders-offered";

const f = (value: string, label: string, count: number) => ({ value, label, count });

describe("fundersOffered", () => {
  it("offers the funders of the view, most frequent first then by French name, and a chosen one even at zero", () => {
    const offered = fundersOffered([f("ue", "Union européenne", 3), f("afd", "AFD", 5), f("giz", "GIZ", 0), f("enabel", "Enabel", 3), f("bm", "Banque mondiale", 0)], ["bm"]);
    expect(offered.map((x) => x.value)).toEqual(["afd", "enabel", "ue", "bm"]);
  });
});
