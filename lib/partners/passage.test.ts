import { describe, it, expect } from "vitest";
import { passageFromHeadline, type Passage } from "./passage";

const S = "\uE000";
const E = "\uE001";

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

describe("passageFromHeadline", () => {
  it("restores accents around the highlighted words", () => {
    const around = "Filières : menuiserie, coopérative des femmes\nsoudure";
    const headline = `Filieres : ${S}menuiserie${E}, ${S}cooperative${E} des femmes`;
    expect(marked(passageFromHeadline(headline, around, S, E))).toBe("Filières : [menuiserie], [coopérative] des femmes");
  });

  it("follows unaccent's expansions (œ -> oe, « -> <<) before and inside the span", () => {
    const around = "Œuvre « sociale » : cœur de métier, la menuiserie";
    const headline = `OEuvre << sociale >> : coeur de metier, la ${S}menuiserie${E}`;
    expect(marked(passageFromHeadline(headline, around, S, E))).toBe("Œuvre « sociale » : cœur de métier, la [menuiserie]");
    const inside = `${S}coeur${E} de metier`;
    expect(marked(passageFromHeadline(inside, around, S, E))).toBe("[cœur] de métier");
  });

  it("falls back to the unaccented headline when the window does not contain it", () => {
    const headline = `la ${S}cooperative${E} agricole`;
    expect(marked(passageFromHeadline(headline, "autre texte", S, E))).toBe("la [cooperative] agricole");
    expect(marked(passageFromHeadline(headline, null, S, E))).toBe("la [cooperative] agricole");
  });

  it("keeps markup in the fiche as text (the page escapes it)", () => {
    const around = "<script>alert(1)</script> menuiserie";
    const headline = `<script>alert(1)</script> ${S}menuiserie${E}`;
    const p = passageFromHeadline(headline, around, S, E)!;
    expect(p.text).toBe(around);
    expect(p.marks).toEqual([[26, 36]]);
  });

  it("is null when nothing is highlighted", () => {
    expect(passageFromHeadline("Centre de formation", "Centre de formation", S, E)).toBeNull();
    expect(passageFromHeadline(null, null, S, E)).toBeNull();
  });

  it("reads a multi-line passage as one line", () => {
    const p = passageFromHeadline(`a\n${S}b${E}`, null, S, E)!;
    expect(p.text).toBe("a b");
  });
});
