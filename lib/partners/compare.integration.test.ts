import { afterAll, describe, expect, it } from "vitest";
import { disconnectTestDb, getTestDb } from "../../tests/db-utils";
import type { Viewer } from "../auth/roles";
import { PICKER_LIST_MAX, PICKER_MATCHES, loadComparePicker } from "./compare";

// The compare page's picker: the report's partners listed whole; a directory
// longer than the list's limit searched instead (the limit lowered here, so that
// the seeded report stands for a long directory).
const db = getTestDb();
afterAll(disconnectTestDb);

const OFFICER: Viewer = { userId: -1, email: "officer@example.org", role: "officer" };

async function activeSlugs(): Promise<string[]> {
  return (await db.partner.findMany({ where: { status: "active" }, select: { slug: true } })).map((p) => p.slug);
}

describe("the compare picker", () => {
  it("lists every active partner of the report, in French name order, when they are few", async () => {
    const picker = await loadComparePicker([], undefined, null);
    expect(picker.mode).toBe("list");
    if (picker.mode !== "list") return;
    const slugs = await activeSlugs();
    expect(slugs.length).toBeGreaterThan(30);
    expect(slugs.length).toBeLessThanOrEqual(PICKER_LIST_MAX);
    expect(picker.options.map((o) => o.slug).sort()).toEqual([...slugs].sort());
    const names = picker.options.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));
  });

  it("searches a longer directory: the chosen partners by name, and the best matches of the search", async () => {
    // FP1, CFP Missabougou, found by its number: the test must not depend on how slugs are made.
    const missabougou = await db.partner.findUniqueOrThrow({ where: { number: 1 }, select: { slug: true } });
    const picker = await loadComparePicker([missabougou.slug, "no-such-partner"], "bnda", null, 5);
    expect(picker.mode).toBe("search");
    if (picker.mode !== "search") return;
    // An unknown slug has no name to show: the page reports it (errors.unknown).
    expect(picker.chosen).toEqual([{ slug: missabougou.slug, name: expect.stringMatching(/Missabougou/) }]);
    expect(picker.find).toBe("bnda");
    expect(picker.matches.length).toBeGreaterThan(0);
    expect(picker.matches.length).toBeLessThanOrEqual(PICKER_MATCHES);
    // The acronym asked comes first, as in the list's relevance order.
    expect(picker.matches[0].name).toMatch(/BNDA/);
  });

  it("offers no matches before a search, and drops a search the list would refuse", async () => {
    const none = await loadComparePicker([], undefined, null, 5);
    expect(none).toEqual({ mode: "search", chosen: [], find: null, matches: [] });
    for (const hostile of ["x".repeat(5_000), ["bnda", "formation"], "   "]) {
      const picker = await loadComparePicker([], hostile, null, 5);
      expect(picker).toMatchObject({ mode: "search", matches: [] });
    }
  });

  it("searches contact persons only for a viewer who may see them, as the list does", async () => {
    const withContact = await db.contact.findFirst({
      where: { emails: { isEmpty: false }, partner: { status: "active" } },
      select: { emails: true, partner: { select: { slug: true } } },
    });
    const email = withContact?.emails[0];
    expect(email, "a contact with an e-mail in the report").toBeTruthy();
    const anonymous = await loadComparePicker([], email!, null, 5);
    const officer = await loadComparePicker([], email!, OFFICER, 5);
    expect(anonymous.mode === "search" && anonymous.matches).toEqual([]);
    expect(officer.mode === "search" && officer.matches.map((m) => m.slug)).toContain(withContact!.partner!.slug);
  });
});
