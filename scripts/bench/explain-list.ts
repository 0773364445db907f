/**
 * EXPLAIN (ANALYZE, BUFFERS) of what the list page really sends: the list
 * code (lib/partners/queries.ts) runs against the bench database with a Prisma
 * client that records every statement, and each statement is then explained
 * with its own parameters. The plans therefore follow the list code as it
 * changes, instead of a copy of its SQL going stale here.
 *
 * Run by ./run.ts as `node --conditions=react-server --import tsx explain-list.ts '<query json>'`
 * (the list code is `server-only`); prints `{ plans: [{ sql, params, plan }] }` on stdout.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Db } from "../../lib/db/client";
import { PrismaClient } from "../../lib/db/generated/client";
import { createPool } from "../../lib/db/pool";
import { parsePartnerFilters } from "../../lib/partners/filters";
import { getPartnerFacets, listPartners } from "../../lib/partners/queries";

interface Captured {
  sql: string;
  params: unknown[];
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const parsed = parsePartnerFilters(new URLSearchParams(JSON.parse(process.argv[2] ?? "{}")));
  if (!parsed.success) throw new Error(parsed.error.message);

  const captured: Captured[] = [];
  const client = new PrismaClient({ adapter: new PrismaPg(createPool(url, 2)), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => captured.push({ sql: e.query, params: JSON.parse(e.params) }));
  const db = client as unknown as Db;
  try {
    // What the page does for one view: the page of rows, then the facet counts.
    const list = await listPartners(parsed.data, null, db);
    await getPartnerFacets(parsed.data, null, db);
    const explained = new pg.Client({ connectionString: url });
    await explained.connect();
    try {
      await explained.query("SET jit = off"); // as the app's connections (lib/db/pool.ts)
      const plans = [];
      // A statement follows the `SET LOCAL` of its transaction (lib/partners/search-plan.ts): explain it with the same settings.
      let local: string[] = [];
      for (const { sql, params } of captured) {
        if (/^\s*SET LOCAL\b/i.test(sql)) local.push(sql);
        if (/^\s*(COMMIT|ROLLBACK)\b/i.test(sql)) local = [];
        if (!/^\s*(WITH|SELECT)\b/i.test(sql)) continue; // transactions, session settings
        await explained.query("BEGIN");
        try {
          for (const setting of local) await explained.query(setting);
          const result = await explained.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
          plans.push({ sql, params, settings: local, plan: result.rows.map((r) => r["QUERY PLAN"]).join("\n") });
        } finally {
          await explained.query("ROLLBACK");
        }
      }
      process.stdout.write(JSON.stringify({ total: list.total, plans }));
    } finally {
      await explained.end();
    }
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
