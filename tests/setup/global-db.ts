/**
 * Vitest globalSetup of the "integration" project: one fresh, migrated, seeded
 * database per run, handed to the tests as `inject("databaseUrl")` and
 * process.env.DATABASE_URL, and dropped afterwards.
 * Where the database lives: tests/setup/test-database.ts.
 */
import type { TestProject } from "vitest/node";
import { redactUrl } from "../../lib/runtime/database";
import { createTestDatabase, migrateAndSeed } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated, seeded database of this run. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await createTestDatabase("it");
  try {
    await migrateAndSeed(db.url);
  } catch (error) {
    await db.drop();
    throw error;
  }
  console.log(`integration database: ${redactUrl(db.url)} (migrated, seeded)`);
  process.env.DATABASE_URL = db.url;
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.drop();
  };
}
