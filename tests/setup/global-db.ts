/**
 * Vitest globalSetup of the "integration" project: one fresh, migrated, seeded
 * database per run, handed to the tests as `inject("databaseUrl")` and
 * process.env.DATABASE_URL, and dropped afterwards.
 *
 * - TEST_DATABASE_URL set (CI, or the local PostgreSQL): a new database
 *   `passerelle_it_<pid>` on that server, created through the URL's own database.
 * - Unset: the embedded PostgreSQL in a temporary folder on a free port (slower).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { runNode, tsArgs } from "../../scripts/children";
import { type EmbeddedChild, redactUrl, spawnEmbeddedDb } from "../../scripts/db-url";
import { ensureGenerated } from "../../scripts/generate";
import { migrateDeploy } from "../../scripts/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated, seeded database of this run. */
    databaseUrl: string;
  }
}

async function onServer<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

async function serverDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `passerelle_it_${process.pid}`;
  await onServer(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}"`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function embeddedDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "passerelle-it-"));
  let embedded: EmbeddedChild;
  try {
    embedded = await spawnEmbeddedDb({ ...process.env, EMBEDDED_DB_DIR: dataDir, EMBEDDED_DB_PORT: "0" });
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const db = serverUrl ? await serverDatabase(serverUrl) : await embeddedDatabase();
  try {
    await ensureGenerated();
    await migrateDeploy(db.url);
    await runNode(tsArgs("prisma/seed.ts"), { env: { ...process.env, DATABASE_URL: db.url }, quiet: true });
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
