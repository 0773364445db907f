/**
 * The typed facts of the real report, case by case (issue 7): each test pins
 * what an analyst filters on or reads on a fiche's key cards.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { issueEditedCopy } from "../../tests/fixtures/edited-edition";
import { parseReport, type ParsedReport, type Partner } from "./index";
import { fold, squash } from "./values/text";

const SOURCE = path.join(process.cwd(), "seeds/000_b0b3eacde88cb4a8.txt");

describe("typed facts of the real report", () => {
  let report: ParsedReport;
  const fp = (n: number): Partner => report.partners.find((p) => p.number === n)!;
  const fa = (n: number) => report.actors.find((a) => a.number === n)!;
  const field = (p: Partner, key: string) => p.sections.flatMap((s) => s.fields).find((f) => f.key === key);
  const funder = (p: Partner, name: string) => p.funders.filter((l) => l.name === name);

  beforeAll(() => {
    report = parseReport(readFileSync(SOURCE, "utf8"));
  });

  describe("capacity to take in returning migrants", () => {
    it("keeps the text of every fiche that has the field, under every wording of its label", () => {
      const withField = report.partners.filter((p) => field(p, "returneeCapacity"));
      expect(withField).toHaveLength(33);
      for (const p of report.partners) {
        const f = field(p, "returneeCapacity");
        expect(p.returneeCapacity?.text ?? null, `FP${p.number}`).toBe(f ? squash(f.value) : null);
      }
      // The wordings the report uses: "intégration de…", "appui aux…" (FP21), "accompagnement de…" (FP27).
      expect(new Set(withField.map((p) => field(p, "returneeCapacity")!.label.replace(/ dans la structure$/, "")))).toEqual(
        new Set([
          "Capacité d’intégration de migrants de retour",
          "Capacité d’appui aux migrants de retour",
          "Capacité d’accompagnement de migrants de retour",
        ]),
      );
      expect(fp(1).returneeCapacity?.text).toMatch(/^• Le CFPM a déjà développé des formations courtes/);
      expect(fp(14).returneeCapacity?.text).toMatch(/^• L’APEJ dispose d’un réseau important/);
      expect(fp(21).returneeCapacity?.text).toMatch(/^• La BNDA vise les acteurs du monde rural/);
      expect(fp(34).returneeCapacity?.text).toMatch(/^• ENDA a été partenaire de l’OIM/);
      expect(fp(9).returneeCapacity).toMatchObject({ min: 40, max: 60, unit: "migrants de retour" });
    });

    it("reads a figure only where the text states one", () => {
      expect(fp(1).returneeCapacity).toMatchObject({ min: null, max: null });
      expect(fp(13).returneeCapacity).toMatchObject({ min: 20, max: 20, unit: "migrants de retour" });
    });
  });

  describe("absorption capacity", () => {
    it("keeps the text of the fiches that state one without a figure (FP21, FP28, FP31, FP34)", () => {
      for (const n of [21, 28, 31, 34]) {
        expect(fp(n).absorptionCapacity, `FP${n}`).toMatchObject({ min: null, max: null, unlimited: false });
        expect(fp(n).absorptionCapacity!.text, `FP${n}`).toBe(squash(field(fp(n), "absorptionCapacity")!.value));
      }
      expect(report.partners.filter((p) => p.absorptionCapacity)).toHaveLength(report.partners.filter((p) => field(p, "absorptionCapacity")).length);
    });

    it("invents no figure from 'plusieurs centaines' (FP16, FP29)", () => {
      expect(fp(16).absorptionCapacity).toMatchObject({ text: "Plusieurs centaines de personnes par an", min: null, max: null });
      expect(fp(16).totalCapacity).toMatchObject({ min: null, max: null });
      expect(fp(29).absorptionCapacity).toMatchObject({ min: null, max: null });
    });

    it("keeps a per-group or per-room figure with its part, never as a total (FP5, FP7)", () => {
      expect(fp(5).absorptionCapacity).toMatchObject({ max: 25, unit: "apprenants", per: "groupe" });
      expect(fp(7).totalCapacity).toMatchObject({ max: 25, unit: "places", per: "salle" });
      expect(fp(7).absorptionCapacity).toMatchObject({ min: 100, max: 200, period: "year", per: "filière" });
      expect(fp(1).absorptionCapacity).toMatchObject({ max: 800, period: "year", per: null });
    });

    it("gives no figure that its text does not hold", () => {
      const numberWords = /centaine|soixantaine|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|quinzaine|millier/;
      for (const p of report.partners) {
        for (const c of [p.absorptionCapacity, p.totalCapacity, p.returneeCapacity]) {
          if (!c || (c.min === null && c.max === null)) continue;
          const figure = (c.max ?? c.min)!;
          const digits = c.text.replace(/[\s.\u00a0]/g, "");
          expect(digits.includes(String(figure)) || numberWords.test(fold(c.text)), `FP${p.number} ${figure} in "${c.text}"`).toBe(true);
          expect(fold(c.text), `FP${p.number}`).not.toMatch(/^(?:plusieurs|quelques) /);
        }
      }
    });
  });

  describe("experience with returning migrants", () => {
    it("reads APEJ (FP14) and UDA (FP26) from their own words", () => {
      expect(fp(14).returneeExperience).toEqual({ value: "past", evidence: "L’APEJ a été partenaire de l’OIM (IC UE-OIM) et du programme EJOM (SNV)." });
      expect(fp(26).returneeExperience).toEqual({ value: "yes", evidence: "Jeunes entrepreneurs franco-maliens de retour." });
      const counts = report.partners.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.returneeExperience.value]: (acc[p.returneeExperience.value] ?? 0) + 1 }), {});
      expect(counts).toEqual({ yes: 13, past: 9, unknown: 15 });
    });
  });

  describe("places", () => {
    it("is national only where the fiche says so, with the fiche's own words", () => {
      expect(report.partners.filter((p) => p.national).map((p) => [p.number, p.nationalText])).toEqual([
        [14, "Région : National"],
        [15, "Région : National"],
        [20, "Région : Toutes les régions du pays"],
        [21, "Région : National"],
        [32, "Région / Villes : Couverture nationale"],
        [37, "Ville : National"],
      ]);
      // Swisscontact names six regions and "the main cities of the regions": not the whole country.
      expect(fp(17)).toMatchObject({ national: false, nationalText: null, regions: ["Sikasso", "Mopti", "Tombouctou", "Gao", "Koulikoro", "Bamako"] });
      // UNICEF: "Ville : National" beside five regions of focus.
      expect(fp(37)).toMatchObject({ national: true, regions: ["Mopti", "Gao", "Kayes", "Sikasso", "Tombouctou"] });
    });

    it("counts a cercle in its region (AVSF lists Kita, in Kayes)", () => {
      expect(fp(18).regions).toEqual(["Tombouctou", "Gao", "Mopti", "Sikasso", "Kayes", "Bamako"]);
      expect(report.warnings.filter((w) => w.code === "unknown-region").map((w) => w.message)).not.toContainEqual(expect.stringContaining("Kita"));
    });

    it("does not take the office city for a region of intervention (COOPI, Agrivision)", () => {
      expect(fp(36)).toMatchObject({ regions: ["Kayes", "Ségou", "Mopti"], cities: ["Bamako"] });
      expect(fp(20)).toMatchObject({ regions: [], national: true, cities: ["Bamako"] });
    });

    it("gives donor projects the regions of the cercles they list", () => {
      const padel = fa(1).projects.find((p) => /PADEL/.test(p.name))!;
      expect(padel.zones).toEqual(["Kayes", "Koulikoro", "Sikasso", "Mopti", "Tombouctou", "Gao", "Kidal", "Taoudénit"]);
      expect(fa(10).projects[0].zones).toEqual(["Kayes", "Sikasso"]);
      expect(fa(5).projects.find((p) => /résilience/i.test(p.name))!.zones).toEqual(["Kayes"]);
      expect(report.warnings.filter((w) => w.code === "unknown-region").map((w) => w.message.match(/"(.*?)"/)![1])).toEqual([
        "Niani",
        "Nampara",
        "Liptako-Gourma",
      ]);
    });
  });

  describe("funders", () => {
    it("names a programme's funder only as inferred, through the programme (FP7, FP8, FP9)", () => {
      for (const n of [7, 8, 9]) {
        const links = funder(fp(n), "Banque mondiale");
        expect(links, `FP${n}`).toEqual([expect.objectContaining({ programme: "PROCEJ", text: "PROCEJ", inferred: true })]);
      }
      expect(funder(fp(7), "AFD")).toEqual([expect.objectContaining({ programme: "ACEFOR", inferred: true })]);
      expect(funder(fp(8), "Union européenne")).toEqual([expect.objectContaining({ programme: "EJOM", inferred: true })]);
      // Named with its programme, the funder is stated: "AFD (ACEFOR)" in FP1.
      expect(funder(fp(1), "AFD")).toEqual([expect.objectContaining({ programme: "ACEFOR", inferred: false })]);
    });

    it("keeps the councils of Kayes and of Ségou apart", () => {
      for (const n of [5, 6, 7, 8]) expect(fp(n).funders.map((l) => l.name), `FP${n}`).toContain("Conseil régional de Kayes");
      expect(fp(9).funders.map((l) => l.name)).toContain("Conseil régional de Ségou");
      expect(report.partners.flatMap((p) => p.funders).map((l) => l.name)).not.toContain("Conseil régional");
    });

    it("keeps the private and institutional partners the funding field names, under one rule", () => {
      expect(fp(5).funders.map((l) => l.name)).toContain("entreprises d’exploitation minières de Kalé et de Gounkoto");
      expect(fp(11).funders.map((l) => l.name)).toEqual(expect.arrayContaining(["Chambre du Commerce et de l’Industrie du Mali", "Motorola"]));
      expect(fp(12).funders.map((l) => l.name)).toEqual(expect.arrayContaining(["Orange", "Allianz"]));
      expect(fp(13).funders.map((l) => l.name)).toEqual(expect.arrayContaining(["CNIECIM", "Afrilabs"]));
      expect(fp(23).funders.map((l) => l.name)).toEqual(["Actionnaires maliens", "Union européenne"]);
      expect(fp(26).funders.map((l) => l.name)).toEqual(expect.arrayContaining(["AICS", "Ciem", "Saham Assurance"]));
      expect(fp(27).funders.map((l) => l.name)).toEqual(
        expect.arrayContaining(["ministère de l’Entrepreneuriat National, de l’Emploi et de la Formation Professionnelle", "Agrivision Sahel"]),
      );
      // Clients are not funders: BR Consulting lists only "Prestation de services aux…".
      expect(fp(31).funders).toEqual([]);
    });
  });

  describe("budgets", () => {
    it("keeps every phase and their total (FA3, FA4)", () => {
      const fa3 = fa(3).projects.find((p) => p.budget?.parts.length)!.budget!;
      expect(fa3).toMatchObject({ amount: 24_000_000, currency: "EUR" });
      expect(fa3.parts.map((p) => [p.label, p.amount])).toEqual([
        ["Phase I", 9_000_000],
        ["phase II", 15_000_000],
      ]);
      const fa4 = fa(4).projects[0].budget!;
      expect(fa4).toMatchObject({ amount: 20_900_000, currency: "EUR" });
      expect(fa4.parts.map((p) => p.amount)).toEqual([20_000_000, 500_000, 400_000]);
    });
  });

  describe("an edited copy (a renamed partner, a changed e-mail, a removed fiche, CRLF)", () => {
    /** What an analyst filters on and reads on the key cards; the name and slug apart. */
    const facts = (p: Partner) => ({
      category: p.category,
      regions: p.regions,
      national: p.national,
      nationalText: p.nationalText,
      cities: p.cities,
      absorption: p.absorptionCapacity,
      total: p.totalCapacity,
      returnee: p.returneeCapacity,
      insertion: p.insertion,
      returneeExperience: p.returneeExperience,
      funders: p.funders,
      trainings: p.trainings,
    });

    it("parses into its own facts: each change where it was made, every other fiche the same", () => {
      const edited = parseReport(issueEditedCopy(readFileSync(SOURCE, "utf8")));
      const byNumber = new Map(edited.partners.map((p) => [p.number, p]));
      expect(byNumber.has(36)).toBe(false);
      expect(edited.partners).toHaveLength(report.partners.length - 1);
      expect(byNumber.get(10)!.name).toContain("DONILAB MALI");
      expect(byNumber.get(2)!.contacts.flatMap((c) => c.emails)).toContain("direction@cfps.ml");
      expect(byNumber.get(2)!.contacts.flatMap((c) => c.emails)).not.toContain("djibrillam@yahoo.fr");
      for (const original of report.partners.filter((p) => p.number !== 36)) {
        expect(facts(byNumber.get(original.number)!), `FP${original.number}`).toEqual(facts(original));
      }
      expect(edited.actors.map((a) => a.projects.map((p) => [p.zones, p.budget]))).toEqual(
        report.actors.map((a) => a.projects.map((p) => [p.zones, p.budget])),
      );
    });
  });

  describe("names and text", () => {
    it("does not take one-word headings for acronyms and keeps the title line's casing", () => {
      expect(fp(12).acronym).toBeNull();
      expect(fp(17).acronym).toBeNull();
      expect(fp(30).acronym).toBe("SAER-Emploi");
      expect(fp(37).acronym).toBe("UNICEF");
      expect(fp(2).acronym).toBe("CFPS");
    });

    it("joins back the words cut at a line end", () => {
      expect(fp(22).returneeCapacity!.text).toContain("accompagner les micro-entrepreneurs");
      expect(fp(28).websites).toContain("https://www.rmo-jobcenter.com/fr/mali.html");
    });
  });
});
