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

const created = { partners: [] as number[], donors: [] as number[], funders: [] as number[], users: [] as number[] };

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

/**
 * A user with a real password hash (cheap to compute is not a goal here: it
 * must verify like production's). Returns the user and its clear password.
 */
export async function createTestUser(role: Role = "officer", overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const { hashPassword } = await import("../lib/auth/passwords");
  const password = `test-password-${uniqueSuffix()}`;
  const user = await getTestDb().user.create({
    data: {
      email: `test-${uniqueSuffix()}@example.org`,
      name: "Test user",
      role,
      passwordHash: await hashPassword(password),
      ...overrides,
    },
  });
  created.users.push(user.id);
  return { user, password };
}

/** Delete what the factories created (children cascade; fundings first, they restrict funders). */
export async function cleanupTestData(): Promise<void> {
  const db = getTestDb();
  await db.funding.deleteMany({ where: { OR: [{ partnerId: { in: created.partners } }, { funderId: { in: created.funders } }] } });
  await db.partner.deleteMany({ where: { id: { in: created.partners } } });
  await db.donor.deleteMany({ where: { id: { in: created.donors } } });
  await db.funder.deleteMany({ where: { id: { in: created.funders } } });
  await db.user.deleteMany({ where: { id: { in: created.users } } });
  for (const list of Object.values(created)) list.length = 0;
}
