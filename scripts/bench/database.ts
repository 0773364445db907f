/**
 * The benchmark's own database, `passerelle_bench`, next to the test database:
 * dropped and created on every run, migrated, seeded with the real report, then
 * grown to N partners (./synthetic.ts). Nobody else's data is touched.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createDb } from "../../lib/db/client";
import { loadReports, parseSources } from "../../lib/seed/load-report";
import { readSeedSources } from "../../lib/seed/sources";
import { growDirectory, type SyntheticResult } from "./synthetic";
import { REFRESH_SEARCH_WORDS } from "../../lib/partners/search-words";

export const BENCH_DB_NAME = "passerelle_bench";

/** The server's maintenance database (to create/drop the bench one) and the bench URL. */
export function benchUrls(env: NodeJS.ProcessEnv = process.env): { maintenance: string; bench: string } {
  const maintenance = env.BENCH_DATABASE_URL ?? env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const url = new URL(maintenance);
  url.pathname = `/${BENCH_DB_NAME}`;
  return { maintenance, bench: url.toString() };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(maintenance: string): Promise<void> {
  await withClient(maintenance, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${BENCH_DB_NAME} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${BENCH_DB_NAME}`);
  });
}

/** Partners in the bench database of a previous run, or null when there is none. */
export async function existingPartners(maintenance: string, bench: string): Promise<number | null> {
  const exists = await withClient(maintenance, (client) =>
    client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [BENCH_DB_NAME]).then((r) => r.rowCount === 1),
  );
  if (!exists) return null;
  return withClient(bench, (client) =>
    client
      .query(`SELECT count(*)::int AS n FROM organization`)
      .then((r) => r.rows[0].n as number)
      .catch(() => null),
  );
}

/**
 * Statistics and the visibility map after migrations applied to a reused database, as
 * autovacuum would leave a live one: a migration that rewrites a table (a new stored
 * column: 20261128191500_name_vector) leaves its visibility map empty, and every
 * index-only scan of it (the list's and the facets' scan of organization_list_idx)
 * then fetches each heap row (the facets of the whole directory: 17 ms with, 33 ms without).
 */
export async function vacuumAnalyze(bench: string): Promise<void> {
  await withClient(bench, (client) => client.query("VACUUM (ANALYZE)"));
}

export async function dropDatabase(maintenance: string): Promise<void> {
  await withClient(maintenance, (client) => client.query(`DROP DATABASE IF EXISTS ${BENCH_DB_NAME} WITH (FORCE)`));
}

export function migrate(url: string): void {
  const prisma = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [prisma, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    timeout: 5 * 60_000,
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}${result.stderr}`);
}

export async function seedReport(url: string): Promise<number> {
  const db = createDb(url, 2);
  try {
    const counts = await loadReports(db, parseSources(readSeedSources()));
    return counts.partners.created;
  } finally {
    await db.$disconnect();
  }
}

/** Grows the directory to `partners`, then rebuilds the vocabulary of "did you mean" from every fiche. */
export function grow(url: string, partners: number): Promise<SyntheticResult> {
  return withClient(url, async (client) => {
    const result = await growDirectory(client, partners);
    await client.query(REFRESH_SEARCH_WORDS);
    return result;
  });
}

export { withClient };
