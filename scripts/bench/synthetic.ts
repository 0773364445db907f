/**
 * A synthetic directory for the benchmark: the real partners (seeded from the
 * report) copied with ALL their children until there are `target` partners.
 * Each copy varies what the list filters and the search index look at — name,
 * slug, number, regions, capacity figures, returnee experience, insertion rate,
 * searchText — so that row counts, selectivities and the GIN/trigram indexes
 * behave like a large directory rather than 270 identical stacks.
 *
 * Everything is set-based SQL in one transaction (INSERT … SELECT): 10,000
 * partners and their ~half a million child rows take seconds, not minutes.
 * Variations are derived from hashtext(source id, copy number): the same
 * database is produced on every run.
 */
import type pg from "pg";
import { copySql } from "./copy-sql";

/** Words appended to copied names: a synthetic vocabulary, not report data. */
const NAME_WORDS = ["Espoir", "Avenir", "Solidarité", "Horizon", "Sahel", "Baobab", "Benkadi", "Jigi", "Siguida", "Kanu", "Nyeta", "Dambe"];

/** Every table the copy writes to. */
const COPIED_TABLES = ["organization", "organization_region", "capacity", "training", "funding", "contact", "phone", "fiche_section", "fiche_field"];

export interface SyntheticResult {
  realPartners: number;
  partners: number;
  rows: Record<string, number>;
  /** Seconds per INSERT, to see where the generation spends its time. */
  timings: Record<string, number>;
  seconds: number;
}

async function insertableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
    [table],
  );
  if (rows.length === 0) throw new Error(`table ${table} not found`);
  return rows.map((r) => r.column_name);
}

/** A factor in [low, low + spread) picked by bits of the copy's hash. */
const factor = (low: number, spread: number, shift: number) =>
  `(${low} + ((b.h >> ${shift}) % ${Math.round(spread * 100)}) / 100.0)`;

const NEW_NAME = (column: string) =>
  `t.${column} || ' ' || (ARRAY[${NAME_WORDS.map((w) => `'${w}'`).join(", ")}])[1 + (b.h >> 4) % ${NAME_WORDS.length}] || ' ' || b.copy`;

function scaled(column: string): string {
  return `CASE WHEN t."${column}" IS NULL THEN NULL ELSE greatest(1, round(t."${column}" * ${factor(0.5, 1.5, 12)}))::int END`;
}

export async function growDirectory(client: pg.Client, target: number): Promise<SyntheticResult> {
  const started = Date.now();
  const real = Number((await client.query(`SELECT count(*) FROM organization`)).rows[0].count);
  if (real === 0) throw new Error("no partner to copy: seed the database first");
  const needed = Math.max(0, target - real);
  const copies = Math.ceil(needed / real);
  const rows: Record<string, number> = {};
  const timings: Record<string, number> = {};
  const run = async (label: string, sql: string) => {
    const t = Date.now();
    const result = await client.query(sql);
    if (result.rowCount !== null) rows[label] = (rows[label] ?? 0) + result.rowCount;
    timings[label] = (Date.now() - t) / 1000;
  };

  await client.query("BEGIN");
  try {
    // Bulk-load practice: secondary indexes (the GIN full-text and trigram ones
    // above all) are rebuilt once at the end rather than updated row by row.
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const indexes = await client.query<{ name: string; definition: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary AND NOT i.indisunique`,
      [COPIED_TABLES],
    );
    for (const { name } of indexes.rows) await client.query(`DROP INDEX ${name}`);
    // Which real partner each copy comes from, its new id and its variation hash.
    await client.query(
      `CREATE TEMP TABLE bench_partner ON COMMIT DROP AS
       SELECT s.src, s.copy, s.n, nextval(pg_get_serial_sequence('organization', 'id'))::int AS dst,
              (hashtext(s.src || ':' || s.copy) & 2147483647) AS h
       FROM (SELECT o.id AS src, k AS copy, row_number() OVER (ORDER BY k, o.id) AS n
             FROM organization o CROSS JOIN generate_series(1, $1::int) k) s
       WHERE s.n <= $2`,
      [copies, needed],
    );
    // Regions: a third of the copies keep the original's, the others shift them
    // along the region list, so every region gets partners (and filters select realistic shares).
    await client.query(
      `CREATE TEMP TABLE bench_region ON COMMIT DROP AS
       WITH r AS (SELECT id, name, (row_number() OVER (ORDER BY id) - 1)::int AS ord, count(*) OVER ()::int AS total FROM region)
       SELECT DISTINCT b.dst AS "partnerId", r2.id AS "regionId", r2.name
       FROM bench_partner b
       JOIN organization_region pr ON pr."partnerId" = b.src
       JOIN r r1 ON r1.id = pr."regionId"
       JOIN r r2 ON r2.ord = (r1.ord + CASE WHEN b.h % 3 = 0 THEN 0 ELSE b.h % r1.total END) % r1.total`,
    );
    await client.query(
      `CREATE TEMP TABLE bench_region_names ON COMMIT DROP AS
       SELECT "partnerId", string_agg(name, ', ' ORDER BY name) AS names FROM bench_region GROUP BY "partnerId"`,
    );

    const orgColumns = await insertableColumns(client, "organization");
    const newName = NEW_NAME(`"name"`);
    await run(
      "organization",
      copySql({
        table: "organization",
        columns: orgColumns,
        from: `organization t JOIN bench_partner b ON b.src = t.id LEFT JOIN bench_region_names rn ON rn."partnerId" = b.dst`,
        overrides: {
          id: "b.dst",
          number: "100000 + b.n",
          slug: `t.slug || '-' || b.copy`,
          name: newName,
          displayName: NEW_NAME(`"displayName"`),
          acronym: `CASE WHEN t.acronym IS NULL THEN NULL ELSE t.acronym || '-' || b.copy END`,
          regionText: `coalesce(rn.names, t."regionText")`,
          returneeExperience: `CASE WHEN b.h % 2 = 0 THEN t."returneeExperience"
            ELSE (ARRAY['yes', 'past', 'no', 'unknown'])[1 + (b.h >> 8) % 4]::"ReturneeExperience" END`,
          insertionRate: `CASE WHEN t."insertionRate" IS NULL THEN NULL
            ELSE least(100, round((t."insertionRate" * ${factor(0.6, 0.8, 16)})::numeric, 2))::float8 END`,
          // The copy's own name and regions replace the original's in what the search indexes.
          searchText: `replace(t."searchText", t.name, ${newName}) || E'\\n' || coalesce(rn.names, '')`,
          version: "1",
          editedFields: `'{}'`,
          createdAt: "now()",
          updatedAt: "now()",
        },
      }),
    );
    await run("organization_region", `INSERT INTO organization_region ("partnerId", "regionId") SELECT "partnerId", "regionId" FROM bench_region`);

    const byPartner = `JOIN bench_partner b ON b.src = t."partnerId"`;
    await run(
      "capacity",
      copySql({
        table: "capacity",
        columns: await insertableColumns(client, "capacity"),
        from: `capacity t ${byPartner}`,
        overrides: { partnerId: "b.dst", min: scaled("min"), max: scaled("max") },
      }),
    );
    for (const table of ["training", "funding"]) {
      await run(table, copySql({ table, columns: await insertableColumns(client, table), from: `${table} t ${byPartner}`, overrides: { partnerId: "b.dst" } }));
    }

    // Contacts and sections have children of their own: map old ids to new ones first.
    for (const [parent, child, childKey] of [
      ["contact", "phone", "contactId"],
      ["fiche_section", "fiche_field", "sectionId"],
    ] as const) {
      const map = `bench_${parent}`;
      await client.query(
        `CREATE TEMP TABLE ${map} ON COMMIT DROP AS
         SELECT t.id AS src, b.dst AS partner, nextval(pg_get_serial_sequence('${parent}', 'id'))::int AS dst
         FROM ${parent} t ${byPartner}`,
      );
      await run(
        parent,
        copySql({
          table: parent,
          columns: await insertableColumns(client, parent),
          from: `${parent} t JOIN ${map} m ON m.src = t.id`,
          overrides: { id: "m.dst", partnerId: "m.partner" },
        }),
      );
      await run(
        child,
        copySql({
          table: child,
          columns: await insertableColumns(client, child),
          from: `${child} t JOIN ${map} m ON m.src = t."${childKey}"`,
          overrides: { [childKey]: "m.dst" },
        }),
      );
    }
    const t = Date.now();
    for (const { definition } of indexes.rows) await client.query(definition);
    timings.indexes = (Date.now() - t) / 1000;
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // As autovacuum would on a live database: statistics, and the visibility map, without
  // which every index-only scan (organization_region, funding) fetches each heap row.
  await client.query("VACUUM (ANALYZE)");
  const partners = Number((await client.query(`SELECT count(*) FROM organization`)).rows[0].count);
  return { realPartners: real, partners, rows, timings, seconds: (Date.now() - started) / 1000 };
}
