import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectTestDb, getTestDb, testDatabaseUrl } from "../../tests/db-utils";
import { createTestDatabase, migrateAndSeed, type TestDatabase } from "../../tests/setup/test-database";
import { createDb, type Db } from "../db/client";
import { loadReports, parseSources, SeedFileError, type ParsedSource } from "./load-report";
import { readSeedSources } from "./sources";

// tests/setup/global-db.ts seeded this database from seeds/*.txt before the tests.
const db = getTestDb();
let sources: ParsedSource[];

beforeAll(() => {
  sources = parseSources(readSeedSources());
});
afterAll(disconnectTestDb);

/** Every row's id and updatedAt, to prove a run wrote nothing. */
async function snapshot() {
  const [partners, donors, fundings, trainings, contacts, fields, projects, interviews, documents, seedRuns] = await Promise.all([
    db.partner.findMany({ select: { id: true, updatedAt: true, version: true }, orderBy: { id: "asc" } }),
    db.donor.findMany({ select: { id: true, updatedAt: true, version: true }, orderBy: { id: "asc" } }),
    db.funding.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.training.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.contact.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.ficheField.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.project.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.interview.findMany({ orderBy: { id: "asc" } }),
    db.sourceDocument.findMany({ orderBy: { id: "asc" } }),
    db.seedRun.count(),
  ]);
  return { partners, donors, fundings, trainings, contacts, fields, projects, interviews, documents, seedRuns };
}

describe("seeded database", () => {
  it("holds what the report has", async () => {
    expect(await db.partner.count({ where: { number: { not: null } } })).toBe(37);
    expect(await db.donor.count({ where: { number: { not: null } } })).toBe(11);
    expect(await db.interview.count()).toBe(64);
    expect(await db.sourceDocument.count()).toBe(64);
    expect(await db.region.count()).toBe(11);
    // The projects the eleven actor fiches list (the parser's count of the report).
    expect(await db.project.count()).toBe(41);
    expect(await db.seedRun.count()).toBeGreaterThanOrEqual(1);
  });

  it("loads FP1 CFP Missabougou completely", async () => {
    const fp1 = await db.partner.findUniqueOrThrow({
      where: { number: 1 },
      include: {
        regions: { include: { region: true } },
        capacities: true,
        trainings: { orderBy: { position: "asc" } },
        fundings: { include: { funder: true }, orderBy: { position: "asc" } },
        contacts: { include: { phones: true } },
        sections: { include: { fields: true } },
      },
    });
    expect(fp1.name).toMatch(/missabougou/i);
    expect(fp1.category).toBe("vocational_training");
    expect(fp1.regions.map((r) => r.region.name)).toEqual(["Bamako"]);
    expect(fp1.capacities.find((c) => c.kind === "absorption")).toMatchObject({ max: 800, period: "year" });
    expect(fp1.insertionRate).toBeCloseTo(68.67);
    expect(fp1.insertionYear).toBe(2021);

    const current = fp1.fundings.filter((f) => f.current).map((f) => f.funder.name);
    const past = fp1.fundings.filter((f) => !f.current).map((f) => f.funder.name);
    expect(current).toEqual(expect.arrayContaining(["AFD", "OIM", "GIZ"]));
    expect(past).toContain("LuxDev");
    expect(current).not.toContain("LuxDev");

    expect(fp1.trainings.find((t) => /m[ée]canique auto/i.test(t.name))?.durationMonths).toBe(13);
    const phones = fp1.contacts.flatMap((c) => c.phones.map((p) => p.number));
    // The first number written in the fiche's own lines (read from the report, not copied here).
    const ficheText = readSeedSources()[0].text.split(/\r\n|\r|\n/).slice(fp1.sourceStart! - 1, fp1.sourceEnd!).join("\n");
    const written = /\+\s?223\s*\/?\s*((?:\d[\s.]?){7}\d)/.exec(ficheText);
    expect(written).not.toBeNull();
    expect(phones).toContain(`+223${written![1].replace(/\D/g, "")}`);
    expect(fp1.sections.length).toBeGreaterThan(2);
    expect(fp1.searchText).toMatch(/Mécanique auto/);
    expect(fp1.searchText).toMatch(/LuxDev/);
  });

  it("loads a multi-region partner and links donor fiches to their funder", async () => {
    const donilab = await db.partner.findUniqueOrThrow({
      where: { number: 10 },
      include: { regions: { include: { region: true } } },
    });
    const names = donilab.regions.map((r) => r.region.name);
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(["Bamako", "Mopti", "Ségou", "Sikasso"]));

    const afd = await db.donor.findFirstOrThrow({ where: { acronym: "AFD" }, include: { funder: true, projects: true } });
    expect(afd.funder?.name).toBe("AFD");
    expect(afd.projects.length).toBeGreaterThan(0);
    // The funder a partner names is the very row the donor fiche links to.
    const fundedByAfd = await db.funding.count({ where: { funderId: afd.funderId!, partner: { number: 1 } } });
    expect(fundedByAfd).toBe(1);
  });

  it("finds 'coopérative' when searching 'cooperative' (accent-insensitive full text)", async () => {
    const withAccent = await db.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM organization WHERE "searchText" ILIKE '%coopérative%'`;
    expect(withAccent.length).toBeGreaterThan(0);
    const found = await db.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM organization WHERE "searchVector" @@ plainto_tsquery('french', f_unaccent(${"cooperative"}))`;
    expect(found.map((r) => r.id)).toEqual(expect.arrayContaining(withAccent.map((r) => r.id)));
  });
});

describe("re-seeding", () => {
  it("changes nothing the second time", async () => {
    const before = await snapshot();
    const counts = await loadReports(db, sources);
    for (const entity of Object.values(counts)) {
      expect(entity).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    }
    expect(counts.partners.unchanged).toBe(37);
    expect(counts.interviews.unchanged).toBe(64);
    expect(await snapshot()).toEqual(before);
  });

  it("rejects a file that is not a report and leaves the database untouched", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "passerelle-seed-"));
    const file = path.join(dir, "notes.txt");
    fs.writeFileSync(file, "Compte rendu de réunion\n\nRien à voir avec une cartographie.\n");
    try {
      expect(() => parseSources(readSeedSources([file]))).toThrow(SeedFileError);

      const before = await snapshot();
      const run = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts", file], {
        env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/not a mapping report \(line \d+/);
      expect(await snapshot()).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a re-seed after an admin's edit", () => {
  // It edits a seeded fiche: on a database of its own, seeded the same way, so
  // that no other test file ever reads the edited state.
  let own: TestDatabase;
  let copy: Db;
  beforeAll(async () => {
    own = await createTestDatabase("seed_edit");
    await migrateAndSeed(own.url);
    copy = createDb(own.url, 2);
  }, 240_000);
  afterAll(async () => {
    await copy?.$disconnect();
    await own?.drop();
  });

  it("keeps what an admin edited, and restores the report once the mark is lifted", async () => {
    const fp1 = await copy.partner.findUniqueOrThrow({ where: { number: 1 }, include: { trainings: true } });
    await copy.partner.update({
      where: { id: fp1.id },
      data: {
        costs: "Tarif fixé par l'admin",
        trainings: { deleteMany: {}, create: [{ position: 0, name: "Filière ajoutée par l'admin", durationMonths: 6 }] },
        editedFields: ["costs", "trainings"],
      },
    });

    const counts = await loadReports(copy, sources);
    const kept = await copy.partner.findUniqueOrThrow({ where: { id: fp1.id }, include: { trainings: true } });
    expect(kept.costs).toBe("Tarif fixé par l'admin");
    expect(kept.trainings.map((t) => t.name)).toEqual(["Filière ajoutée par l'admin"]);
    // The search text follows the edited state, not the report's.
    expect(kept.searchText).toContain("Filière ajoutée par l'admin");
    expect(counts.partners.updated).toBe(1);

    await copy.partner.update({ where: { id: fp1.id }, data: { editedFields: [] } });
    await loadReports(copy, sources);
    const restored = await copy.partner.findUniqueOrThrow({ where: { id: fp1.id }, include: { trainings: true } });
    expect(restored.costs).toBe(fp1.costs);
    expect(restored.trainings.map((t) => t.name).sort()).toEqual(fp1.trainings.map((t) => t.name).sort());
    expect(restored.searchText).toContain("Mécanique auto");
  });
});
