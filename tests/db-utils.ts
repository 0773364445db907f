/**
 * Helpers for `*.integration.test.ts`: the run's database (tests/setup/global-db.ts
 * migrated and seeded it from seeds/*.txt) and factories for rows a test owns.
 * The seeded report is shared by every test file: change only rows you created,
 * and remove them with `cleanupTestData()` (in afterEach/afterAll).
 */
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { type Db, createDb } from "../lib/db/client";
import type { Prisma } from "../lib/db/generated/client";
import type { Role } from "../lib/db/generated/enums";
import type { SessionUser } from "../lib/auth/session";

/** The URL of this run's database. */
export function testDatabaseUrl(): string {
  const url = inject("databaseUrl") ?? process.env.DATABASE_URL;
  if (!url) throw new Error("no test database: run integration tests with `vitest --project integration`");
  return url;
}

// Modules that read env() (getDb, the app's queries) must see the test database too.
process.env.DATABASE_URL = testDatabaseUrl();

let shared: Db | undefined;

/** One Prisma client per test file on the test database; `disconnectTestDb()` in afterAll. */
export function getTestDb(): Db {
  shared ??= createDb(testDatabaseUrl(), 3);
  return shared;
}

export async function disconnectTestDb(): Promise<void> {
  await shared?.$disconnect();
  shared = undefined;
}

const created = { partners: [] as number[], donors: [] as number[], funders: [] as number[] };

/** Unique per call, so tests never collide with the seed or each other. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** A partner an admin could have created (no fiche number); children through `overrides`. */
export async function createTestPartner(overrides: Partial<Prisma.PartnerUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  const partner = await getTestDb().partner.create({
    data: {
      slug: `test-partner-${suffix}`,
      name: `Test partner ${suffix}`,
      displayName: `Test partner ${suffix}`,
      category: "ngo",
      categoryHeading: "Test",
      sectionHeading: "Test",
      ...overrides,
    },
  });
  created.partners.push(partner.id);
  return partner;
}

export async function createTestDonor(overrides: Partial<Prisma.DonorUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  const donor = await getTestDb().donor.create({
    data: { slug: `test-donor-${suffix}`, name: `Test donor ${suffix}`, displayName: `Test donor ${suffix}`, ...overrides },
  });
  created.donors.push(donor.id);
  return donor;
}

export async function createTestFunder(overrides: Partial<Prisma.FunderUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  const funder = await getTestDb().funder.create({
    data: { slug: `test-funder-${suffix}`, name: `Test funder ${suffix}`, ...overrides },
  });
  created.funders.push(funder.id);
  return funder;
}

/** The password of every account {@link makeUser} creates. */
export const TEST_PASSWORD = "correct horse battery staple";

/**
 * An account of `role` with a unique e-mail and a real password hash (it must
 * verify like production's), returned as the session presents a signed-in user:
 * actions, guards and queries take it as their viewer.
 */
export async function makeUser(db: Db, role: Role, tag: string = role): Promise<SessionUser & { sessionVersion: number }> {
  const { createUser } = await import("../lib/users/users");
  const email = `${tag}-${uniqueSuffix()}@test.passerelle`;
  const { user } = await createUser({ email, role, password: TEST_PASSWORD }, db);
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: false, sessionVersion: 0, sessionId: `test-session-${user.id}` };
}

export async function makeUsersByRole(db: Db) {
  const [officer, analyst, admin] = await Promise.all([makeUser(db, "officer"), makeUser(db, "analyst"), makeUser(db, "admin")]);
  return { officer, analyst, admin };
}

/** Delete what the factories created (children cascade; fundings first, they restrict funders). */
export async function cleanupTestData(): Promise<void> {
  const db = getTestDb();
  await db.funding.deleteMany({ where: { OR: [{ partnerId: { in: created.partners } }, { funderId: { in: created.funders } }] } });
  await db.partner.deleteMany({ where: { id: { in: created.partners } } });
  await db.donor.deleteMany({ where: { id: { in: created.donors } } });
  await db.funder.deleteMany({ where: { id: { in: created.funders } } });
  for (const list of Object.values(created)) list.length = 0;
}
