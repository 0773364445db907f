/**
 * A fresh database for one test run (integration or end-to-end), dropped afterwards.
 *
 * - TEST_DATABASE_URL set (CI, or the local PostgreSQL): a new database
 *   `passerelle_<purpose>_<pid>` on that server, created through the URL's own database.
 * - Unset: the embedded PostgreSQL in a temporary folder on a free port (slower).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runNode, tsArgs } from "../../lib/runtime/children";
import { type EmbeddedChild, spawnEmbeddedDb } from "../../lib/runtime/database";
import { ensureGenerated } from "../../lib/runtime/generate";
import { migrateDeploy } from "../../lib/runtime/migrate";

async function onServer<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function serverDatabase(serverUrl: string, purpose: string): Promise<TestDatabase> {
  const name = `passerelle_${purpose}_${process.pid}`;
  await onServer(serverUrl, async (c) => {
    // A run that was killed could not drop its database: drop those whose process is gone.
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`passerelle_${purpose}_%`]);
    for (const { datname } of rows) {
      const pid = Number(datname.slice(`passerelle_${purpose}_`.length));
      if (Number.isInteger(pid) && pid > 0 && !isRunning(pid)) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
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

export function createTestDatabase(purpose: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? serverDatabase(serverUrl, purpose) : embeddedDatabase();
}

/** Migrate and seed a test database from seeds/*.txt, as `npm start` does on a first run. */
export async function migrateAndSeed(url: string): Promise<void> {
  await ensureGenerated();
  await migrateDeploy(url);
  await runNode(tsArgs("prisma/seed.ts"), { env: { ...process.env, DATABASE_URL: url }, quiet: true });
}
