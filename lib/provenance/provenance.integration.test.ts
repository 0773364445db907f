import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

// Only the Next.js request context is replaced: the route, the database and the session decoding stay real.
// The session cookie a signed-in request carries is a real token, signed with the app's secret (tests/request-context.ts).
vi.mock("next/headers", () => import("../../tests/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));

process.env.DATABASE_URL ??= inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { getDb } = await import("../db/client");
const { signInOutside } = await import("../../tests/request-context");
const { makeUser } = await import("../../tests/db-utils");
const { GET } = await import("../../app/api/v1/partners/[slug]/route");
const { commitPartnerChange } = await import("../partners/actions/commit");
const { PROVENANCE_FIELDS, editedName } = await import("./fields");

const db = getDb();
const report = readFileSync(new URL("../../seeds/000_b0b3eacde88cb4a8.txt", import.meta.url), "utf8").split(/\r\n|\r|\n/);
const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").toLowerCase();

async function fiche(slug: string) {
  const response = await GET(new Request(`http://passerelle.test/api/v1/partners/${slug}`), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  return response.json();
}

let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  admin = await makeUser(db, "admin", "provenance");
  await db.user.update({ where: { id: admin.id }, data: { name: "Awa Admin" } });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/v1/partners/{slug}: edition and provenance of a fiche from the report", () => {
  it("names the edition, its interview period and file, and says the fiche was never verified", async () => {
    const first = await db.partner.findFirstOrThrow({ where: { number: 1 }, select: { slug: true } });
    const body = await fiche(first.slug);
    expect(body.edition).toMatchObject({ period: { from: "2022-11-01", to: "2022-12-29" }, source: { file: expect.stringMatching(/\.txt$/) } });
    expect(body.edition.title).toContain("2022");
    expect(body.verifiedAt).toBeNull();
  });

  it("cites, for every typed field of every fiche, lines inside the fiche that hold the value's words", async () => {
    const partners = await db.partner.findMany({
      where: { number: { not: null } },
      select: { slug: true, sourceStart: true, sourceEnd: true, editedFields: true },
    });
    let checked = 0;
    for (const p of partners) {
      const body = await fiche(p.slug);
      for (const field of PROVENANCE_FIELDS) {
        const origin = body.provenance[field];
        expect(origin, `${p.slug} ${field}`).toBeDefined();
        // Other test files edit seeded fiches: only what an admin edited may say "edit".
        if (origin.source === "edit") {
          expect(p.editedFields).toContain(editedName(field));
          continue;
        }
        expect(origin.source).toBe("report");
        if (!origin.lines) continue;
        const [from, to] = origin.lines;
        expect(from).toBeGreaterThanOrEqual(p.sourceStart!);
        expect(to).toBeLessThanOrEqual(p.sourceEnd!);
        expect(origin.page).toBeGreaterThan(0);
        // Texts quoted from the report stand on the cited lines.
        const value = field === "structureType" || field === "regionText" || field === "cityText" ? body[field] : null;
        if (typeof value === "string") {
          const cited = fold(report.slice(from - 1, to).join(" "));
          expect(cited, `${p.slug} ${field}`).toContain(fold(value).slice(0, 30));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("places a fiche heading on its PDF page: the page number the report prints after it", async () => {
    const p = await db.partner.findFirstOrThrow({ where: { number: 16 }, select: { slug: true, sourceStart: true } });
    const body = await fiche(p.slug);
    // The printed numbers are the pages' last lines: the first one after the heading is its page or a later one.
    const printed = report.findIndex((l, i) => i >= p.sourceStart! && /^\s*\d{1,3}\s*$/.test(l) && report[i - 1].trim() === "");
    expect(body.provenance.name.page).toBeLessThanOrEqual(Number(report[printed].trim()));
    expect(body.provenance.name.lines).toEqual([p.sourceStart, p.sourceStart]);
  });
});

describe("after an admin's edit", () => {
  it("marks the edited field as an edit (who, when, version) that differs from the report, and nothing else", async () => {
    const p = await db.partner.findFirstOrThrow({
      where: { number: { not: null }, capacities: { some: { kind: "absorption", max: { not: null } } } },
      orderBy: { number: "desc" },
      select: { id: true, slug: true, version: true },
    });
    const before = await fiche(p.slug);
    const result = await commitPartnerChange(db, {
      partnerId: p.id,
      expectedVersion: p.version,
      userId: admin.id,
      action: "edit",
      reason: "appel au point focal",
      build: (s) => ({
        ...s,
        capacities: s.capacities.map((c) => (c.kind === "absorption" ? { ...c, text: "Jusqu’à 900 apprenants par an.", max: 900 } : c)),
      }),
    });
    expect(result.kind).toBe("saved");
    const after = await fiche(p.slug);
    expect(after.provenance["capacities.absorption"]).toMatchObject({
      source: "edit",
      // The public learns when and that it changed, never who changed it.
      editedBy: null,
      version: p.version + 1,
      differsFromReport: true,
    });
    expect(Date.parse(after.provenance["capacities.absorption"].editedAt)).toBeGreaterThan(Date.now() - 60_000);
    for (const field of PROVENANCE_FIELDS.filter((f) => f !== "capacities.absorption")) {
      expect(after.provenance[field], field).toEqual(before.provenance[field]);
    }
    expect(JSON.stringify(after)).not.toContain("Awa Admin");
    expect(JSON.stringify(after)).not.toContain(admin.email);

    // A signed-in reader sees who made the change.
    await signInOutside({ id: admin.id, email: admin.email, role: "admin" });
    try {
      const signedIn = await fiche(p.slug);
      expect(signedIn.provenance["capacities.absorption"]).toMatchObject({ source: "edit", editedBy: "Awa Admin" });
    } finally {
      await signInOutside(null);
    }
  });
});
