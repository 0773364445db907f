/**
 * The typed facts of the real report, end to end (issue 7): parsed, seeded,
 * read back through the queries and serializers the API routes and the exports
 * use (the routes themselves need a request scope: the e2e story covers them).
 * The parser's side of each case is pinned in lib/fiches/facts.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectTestDb, getTestDb } from "../../tests/db-utils";
import { getDonorBySlug } from "../donors/queries";
import { getFunderBySlug } from "../funders/queries";
import type { DonorDetail } from "../donors/types";
import { getPartnerBySlug } from "./detail-queries";
import { partnersToCsv } from "./export";
import { exportLabels } from "../../tests/export-labels";
import { parsePartnerFilters } from "./filters";
import { listPartners, listPartnersForExport } from "./queries";
import { serializePartnerExportItem, serializePartnerList } from "./serializers";
import type { PartnerDetail, PartnerListItem } from "./types";

const db = getTestDb();
afterAll(disconnectTestDb);

/** Fiche number -> slug, as the seed stored them. */
const slugs = new Map<number, string>();
beforeAll(async () => {
  for (const p of await db.partner.findMany({ where: { number: { not: null } }, select: { number: true, slug: true } })) {
    slugs.set(p.number!, p.slug);
  }
});
const slug = (n: number) => slugs.get(n)!;

function filters(query: string) {
  const r = parsePartnerFilters(new URLSearchParams(query));
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

/** What GET /api/v1/partners?… answers an anonymous caller. */
async function list(query: string): Promise<{ total: number; items: PartnerListItem[] }> {
  return serializePartnerList(await listPartners(filters(`pageSize=100&${query}`), null, db));
}

/** What GET /api/v1/partners/{slug} answers an anonymous caller. */
async function fiche(n: number): Promise<PartnerDetail> {
  const p = await getPartnerBySlug(slug(n), null);
  expect(p, `FP${n}`).not.toBeNull();
  return p!;
}

describe("typed facts through the API", () => {
  it("gives the capacity to take in returning migrants as the fiche writes it (FP1, FP14, FP21, FP34)", async () => {
    for (const [n, start] of [
      [1, "• Le CFPM a déjà développé des formations courtes"],
      [14, "• L’APEJ dispose d’un réseau important"],
      [21, "• La BNDA vise les acteurs du monde rural"],
      [34, "• ENDA a été partenaire de l’OIM"],
    ] as const) {
      const p = await fiche(n);
      expect(p.capacities.returnee?.text, `FP${n}`).toMatch(new RegExp(`^${start}`));
      expect(p.capacities.returnee, `FP${n}`).toMatchObject({ min: null, max: null });
    }
    // The list carries a short form: the first sentence, no bullet.
    const { items } = await list("");
    const cfpm = items.find((i) => i.slug === slug(1))!;
    expect(cfpm.returneeCapacity?.summary).toBe("Le CFPM a déjà développé des formations courtes adaptées aux besoins des migrants de retour");
    expect(items.find((i) => i.slug === slug(9))!.returneeCapacity).toMatchObject({ min: 40, max: 60, unit: "migrants de retour" });
    expect(items.filter((i) => i.returneeCapacity)).toHaveLength(33);
  });

  it("keeps a capacity's text with no figure, and a per-group figure with its part (FP5, FP16, FP21)", async () => {
    expect((await fiche(21)).capacities.absorption).toMatchObject({ min: null, max: null, per: null });
    expect((await fiche(21)).capacities.absorption?.text).toMatch(/^La BNDA dispose du premier réseau bancaire/);
    expect((await fiche(16)).capacities.absorption).toMatchObject({ text: "Plusieurs centaines de personnes par an", min: null, max: null });
    expect((await fiche(5)).capacities.absorption).toMatchObject({ max: 25, unit: "apprenants", per: "groupe" });
    expect((await fiche(7)).capacities.total).toMatchObject({ max: 25, unit: "places", per: "salle" });
  });

  it("compares like with like on minCapacity: no words turned into figures, no per-group figure as a total", async () => {
    const at25 = (await list("minCapacity=25")).items.map((i) => i.slug);
    expect(at25).not.toContain(slug(5)); // 25 apprenants par groupe
    expect(at25).not.toContain(slug(7)); // 100 à 200 jeunes par an et par filière
    expect(at25).toContain(slug(1)); // jusqu'à 800 apprenants par an
    const at200 = (await list("minCapacity=200")).items.map((i) => i.slug);
    expect(at200).not.toContain(slug(16)); // Plusieurs centaines
    expect(at200).not.toContain(slug(29));
  });

  it("puts AVSF in Kayes through Kita, and leaves Swisscontact out of the regions it does not name", async () => {
    const kayes = (await list("region=kayes")).items.map((i) => i.slug);
    expect(kayes).toContain(slug(18));
    expect(kayes).not.toContain(slug(17));
    // Every region filter: the fiches' own regions plus the national ones.
    for (const region of ["kayes", "segou", "kidal", "menaka", "taoudenit"]) {
      const found = (await list(`region=${region}`)).items.map((i) => i.slug).sort();
      const name = (await db.region.findUniqueOrThrow({ where: { slug: region } })).name;
      const expected = await db.partner.findMany({
        where: { status: "active", OR: [{ national: true }, { regions: { some: { region: { name } } } }] },
        select: { slug: true },
      });
      expect(found, region).toEqual(expected.map((p) => p.slug).sort());
      expect(found, region).not.toContain(slug(17));
    }
  });

  it("shows the fiche's own words beside the national flag (UNICEF FP37), and the office city apart (COOPI FP36)", async () => {
    expect(await fiche(37)).toMatchObject({ national: true, nationalText: "Ville : National" });
    expect(await fiche(17)).toMatchObject({ national: false, nationalText: null });
    const national = (await list("region=kidal")).items.map((i) => [i.slug, i.nationalText]);
    expect(national).toContainEqual([slug(37), "Ville : National"]);
    expect(national).toContainEqual([slug(32), "Région / Villes : Couverture nationale"]);
    const coopi = await fiche(36);
    expect(coopi.regions.map((r) => r.name).sort()).toEqual(["Kayes", "Mopti", "Ségou"]);
    expect(coopi.cities).toEqual(["Bamako"]);
  });

  it("names a programme's funder only as inferred, via the programme (FP7, FP8, FP9)", async () => {
    for (const n of [7, 8, 9]) {
      const wb = (await fiche(n)).funders.filter((f) => f.name === "Banque mondiale");
      expect(wb, `FP${n}`).toEqual([expect.objectContaining({ programme: "PROCEJ", inferred: true })]);
    }
    expect((await fiche(1)).funders.find((f) => f.name === "AFD")).toMatchObject({ programme: "ACEFOR", inferred: false });
    const listed = (await list("funder=banque-mondiale")).items.find((i) => i.slug === slug(7))!;
    expect(listed.funders.find((f) => f.slug === "banque-mondiale")).toMatchObject({ inferred: true, programme: "PROCEJ" });
    // The funder's page says how the fiche reaches it.
    const wb = (await getFunderBySlug("banque-mondiale", null))!.partners.find((p) => p.slug === slug(7))!;
    expect(wb).toMatchObject({ inferredVia: ["PROCEJ"], mentions: [] });
  });

  it("keeps the regional councils of Kayes and Ségou as two funders", async () => {
    const names = async (n: number) => (await fiche(n)).funders.map((f) => f.name);
    expect(await names(7)).toContain("Conseil régional de Kayes");
    expect(await names(9)).toContain("Conseil régional de Ségou");
    const councils = await db.funder.findMany({ where: { name: { startsWith: "Conseil régional" } }, select: { slug: true } });
    expect(councils.map((c) => c.slug).sort()).toEqual(expect.arrayContaining(["conseil-regional-de-kayes", "conseil-regional-de-segou"]));
    expect(councils.map((c) => c.slug)).not.toContain("conseil-regional");
  });

  it("reads APEJ's and UDA's experience with returnees from their own words", async () => {
    expect((await fiche(14)).returneeExperience.value).toBe("past");
    expect((await fiche(26)).returneeExperience).toEqual({ value: "yes", evidence: "Jeunes entrepreneurs franco-maliens de retour." });
  });

  it("keeps a donor project's budget phases with their total (FA3, FA4)", async () => {
    const donor = async (n: number): Promise<DonorDetail> => {
      const { slug: s } = await db.donor.findUniqueOrThrow({ where: { number: n }, select: { slug: true } });
      return (await getDonorBySlug(s, null))!;
    };
    const acefor = (await donor(3)).projects.find((p) => p.budget?.parts.length)!;
    expect(acefor.budget).toMatchObject({ amount: 24_000_000, currency: "EUR" });
    expect(acefor.budget!.parts).toEqual([
      { label: "Phase I", amount: 9_000_000, currency: "EUR" },
      { label: "phase II", amount: 15_000_000, currency: "EUR" },
    ]);
    expect((await donor(4)).projects[0].budget!.parts.map((p) => p.amount)).toEqual([20_000_000, 500_000, 400_000]);
  });
});

describe("typed facts in the exports", () => {
  it("writes the returnee capacity, the per-group part and the inferred funders into the CSV", async () => {
    const labels = exportLabels("fr");
    const items = (await listPartnersForExport(filters("format=csv&sort=number"), null, db)).map((r) => serializePartnerExportItem(r, null));
    const csv = partnersToCsv({ items, labels, origin: "http://passerelle.test" });
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toContain("Capacité d’intégration de migrants de retour");
    expect(header).toContain("Capacité d’absorption : par (groupe, salle…)");
    const row = (n: number) => rows.find((r) => r.startsWith(`${n},`))!;
    expect(row(1)).toContain("Le CFPM a déjà développé des formations courtes");
    expect(row(5)).toMatch(/,25,groupe,/);
    expect(row(7)).toContain("Banque mondiale (via PROCEJ)");
  });
});
