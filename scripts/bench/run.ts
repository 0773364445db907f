/**
 * `npm run bench`: the speed check of the issue's "Speed" section, in one run.
 *
 *  1. a fresh `passerelle_bench` database: migrations, the real report through
 *     the seed, then grown to 10,000 synthetic partners (./synthetic.ts), ANALYZE;
 *  2. the production build (in a copy of the project: ./server.ts), the floor app
 *     started by its own setup.sh (./floor.ts), then the directory's server (scripts/serve.mjs), and the first
 *     request of the list and of a fiche (cold caches);
 *  3. autocannon on the floor's list, the directory's list with filters, with
 *     search + filters, a fiche, the API list, and the realistic mix (./mix.ts)
 *     anonymous and signed in as an officer (./signin.ts); ratios to the floor;
 *  4. EXPLAIN (ANALYZE, BUFFERS) of the list's SQL (./explain-list.ts);
 *  5. the gzip size of the list page's JavaScript;
 *  6. results in bench-results/latest.json. Everything stays on 127.0.0.1.
 *
 * Both servers are stopped on every way out: the end, an error, SIGINT, SIGTERM.
 *
 * Flags: see ./options.ts. docs/benchmarks.md records the figures.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { benchUrls, dropDatabase, existingPartners, grow, migrate, recreateDatabase, seedReport, vacuumAnalyze, withClient } from "./database";
import { type Measurement, type Target, WARM_UP_SLICE, checkOk, measure, sequentialLatency, timeOne } from "./load";
import { formatJavaScript, pageJavaScript, type BundleSize } from "./bundle";
import { viewCpu, type ViewCpu } from "./cpu";
import { FLOOR_PATH, floorAppDir, startFloor } from "./floor";
import { mixUrls } from "./mix";
import { parseOptions, type TargetKey } from "./options";
import { type Goal, type Verdict, coldVerdicts, formatTable, formatVerdicts, jsVerdict, verdicts } from "./report";
import { BUILD_DIR, build, buildIsFresh, otherBuildRunning, start, syncSources } from "./server";
import { createBenchOfficer, signIn } from "./signin";

const LIST_QUERY = { q: "formation", region: "kayes", returnees: "yes" };
const FILTER_QUERY = { region: "kayes", category: "ngo" };
const API_QUERY = { region: "kayes", category: "ngo" };
/** Issue 8's goals, relative to the floor measured in the same run. */
const GOALS: Record<string, Goal> = {
  listFilters: { minThroughput: 0.5, maxP975: 2 },
  listSearch: { minThroughput: 0.5, maxP975: 2 },
  detail: { minThroughput: 0.8 },
  // The same pages rendered (the whole-page cache bypassed): what a first visitor of a view costs.
  listFiltersRendered: { minThroughput: 0.5, maxP975: 2 },
  detailRendered: { minThroughput: 0.8 },
  api: { minThroughput: 1.5 },
  mixAnonymous: { maxP975: 3 },
  mixOfficer: { maxP975: 3 },
};
/** A cookie that is neither a session nor the language: the page is rendered, as anonymous, every time. */
const RENDER_COOKIE = "bench-rendered=1";
/** Where the floor app is copied and run (its TMPDIR): the bench's own, not anyone else's /tmp/floor-app. */
const FLOOR_WORK_DIR = process.env.BENCH_FLOOR_WORK_DIR ?? "/tmp/passerelle-bench-floor";
const RESULTS = path.join("bench-results", "latest.json");

const log = (message: string) => console.log(`bench: ${message}`);

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${from}-${from + 49}`);
}

/** EXPLAIN of the list query, in a child process: the list code is server-only (react-server condition). */
function explainList(url: string): { plans: Array<{ sql: string; plan: string }>; error?: string } {
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("scripts", "bench", "explain-list.ts"), JSON.stringify(LIST_QUERY)],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) return { plans: [], error: (result.stderr || result.stdout || `exit ${result.status}`).trim() };
  return JSON.parse(result.stdout);
}

/**
 * `--profile-mix`: the database time of every URL of the mix, page and facets,
 * anonymous and officer, one at a time (./profile-mix.ts); no server, no load.
 * Writes bench-results/profile-mix.json.
 */
function profileMix(url: string): void {
  const out = path.join("bench-results", "profile-mix.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("scripts", "bench", "profile-mix.ts"), `--json=${out}`],
    { env: { ...process.env, DATABASE_URL: url }, stdio: "inherit", timeout: 15 * 60_000 },
  );
  if (result.status !== 0) throw new Error(`profile-mix failed (exit ${result.status ?? result.signal})`);
  log(`per-URL timings in ${out}`);
}

/** Until no other statement runs on the bench database (bounded: 2 minutes). */
async function waitForIdleDatabase(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  await withClient(url, async (client) => {
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if (rows[0].n === 0) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    log("the database is still busy after 2 minutes: measuring anyway");
  });
}

/**
 * What must be stopped however the bench ends. Synchronous: it also runs from
 * the `exit` event and from signal handlers. Every server gets its SIGTERM
 * first, by system call (a runner such as tsx may kill this process a few
 * milliseconds after relaying a SIGINT); then each tree is waited for and
 * whatever is left is killed (./processes.ts).
 */
const stoppers = new Set<{ terminate: () => void; stop: () => void }>();
function stopEverything(): void {
  const all = [...stoppers].reverse(); // the last started first: the directory's server, then the floor
  stoppers.clear();
  for (const s of all) s.terminate();
  for (const s of all) {
    try {
      s.stop();
    } catch (error) {
      console.error(`bench: stopping a server failed: ${(error as Error).message}`);
    }
  }
}
process.on("exit", stopEverything);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    stopEverything();
    log(`${signal}: servers stopped`);
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const urls = benchUrls();
  const startedAt = new Date();

  // 1. The database.
  log(`database ${urls.bench}`);
  let synthetic: { partners: number; realPartners: number | null; seconds: number | null; timings?: Record<string, number> };
  const previous = options.reuseDb ? await existingPartners(urls.maintenance, urls.bench) : null;
  if (previous !== null && previous >= options.partners) {
    log(`reusing it: ${previous} partners (--reuse-db)`);
    // Migrations added since it was built (a new column or index the list reads): deploy applies only those.
    const t = Date.now();
    migrate(urls.bench);
    await vacuumAnalyze(urls.bench);
    log(`migrations applied, then VACUUM (ANALYZE) (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    synthetic = { partners: previous, realPartners: null, seconds: null };
  } else {
    await recreateDatabase(urls.maintenance);
    let t = Date.now();
    migrate(urls.bench);
    log(`migrated (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    t = Date.now();
    const real = await seedReport(urls.bench);
    log(`seeded ${real} real partners (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    const grown = await grow(urls.bench, options.partners);
    log(`grew to ${grown.partners} partners in ${grown.seconds.toFixed(1)} s: ${Object.entries(grown.rows).map(([k, v]) => `${k} +${v}`).join(", ")}`);
    synthetic = grown;
  }
  if (options.dbOnly) {
    log(`database ready (--db-only): ${urls.bench}`);
    return;
  }
  if (options.profileMix) {
    profileMix(urls.bench);
    return;
  }
  const { slug, sizes } = await withClient(urls.bench, async (client) => {
    // The detail page shows a real fiche of median size (by number of fields): a typical page, not the longest.
    const detail = await client.query<{ slug: string }>(
      `WITH sized AS (
         SELECT o.slug, count(f.id) AS fields FROM organization o
         JOIN fiche_section s ON s."partnerId" = o.id JOIN fiche_field f ON f."sectionId" = s.id
         WHERE o.number < 100000 GROUP BY o.id)
       SELECT slug FROM sized ORDER BY fields, slug OFFSET (SELECT count(*) / 2 FROM sized) LIMIT 1`,
    );
    const counts = await client.query<{ table: string; rows: string }>(
      `SELECT relname AS table, n_live_tup AS rows FROM pg_stat_user_tables WHERE relname IN
       ('organization', 'organization_region', 'capacity', 'training', 'funding', 'contact', 'phone', 'fiche_section', 'fiche_field')`,
    );
    return { slug: detail.rows[0].slug, sizes: Object.fromEntries(counts.rows.map((r) => [r.table, Number(r.rows)])) };
  });

  // 2. Build and start.
  syncSources();
  if (!options.build || buildIsFresh()) {
    if (!fs.existsSync(path.join(BUILD_DIR, ".next", "BUILD_ID"))) throw new Error(`no build in ${BUILD_DIR}: run without --no-build`);
    log(`reusing the build in ${BUILD_DIR}${options.build ? " (newer than the sources)" : " (--no-build)"}`);
  } else {
    if (otherBuildRunning()) throw new Error("another `next build` is running: wait for it (two builds on 2 cores skew everything)");
    log(`next build in ${BUILD_DIR}`);
    const t = Date.now();
    build({ ...process.env, DATABASE_URL: urls.bench });
    log(`built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
  const port = await freePort(options.port);
  const floorPort = await freePort(port + 1);
  const serverEnv = {
    ...process.env,
    DATABASE_URL: urls.bench,
    // A fixed throw-away secret for the bench's own sessions (the officer of the mix).
    NEXTAUTH_SECRET: "bench-only-secret-not-used-for-real-sessions-000",
    AUTH_DATA_DIR: path.join(BUILD_DIR, ".data"),
  };
  const floorDir = floorAppDir(options.floor);
  const measurements: Measurement[] = [];
  const skipped: Array<{ key: string; reason: string }> = [];
  const cold: Array<{ label: string; path: string; ms: number; status: number }> = [];
  let bundle: BundleSize | null = null;
  let officerCpu: ViewCpu | null = null;
  let floorBundle: BundleSize | null = null;
  const mix = mixUrls(200);
  const allTargets: Array<Target & { key: TargetKey }> = [
    { key: "floor", label: "floor (bare Next + Prisma list)", path: FLOOR_PATH, server: "floor" },
    { key: "listFilters", label: "list, filters", path: `/partners?${new URLSearchParams(FILTER_QUERY)}` },
    { key: "listSearch", label: "list, search + filters", path: `/partners?${new URLSearchParams(LIST_QUERY)}` },
    { key: "detail", label: "fiche", path: `/partners/${slug}` },
    // Any cookie but the language one keeps a request out of the whole-page cache (lib/cache/page-cache.mjs):
    // these two measure the pages as Next.js renders them for an anonymous visitor (reads from the data cache).
    { key: "listFiltersRendered", label: "list, filters, rendered", path: `/partners?${new URLSearchParams(FILTER_QUERY)}`, headers: { cookie: RENDER_COOKIE } },
    { key: "detailRendered", label: "fiche, rendered", path: `/partners/${slug}`, headers: { cookie: RENDER_COOKIE } },
    { key: "api", label: "API list", path: `/api/v1/partners?${new URLSearchParams(API_QUERY)}` },
    { key: "mixAnonymous", label: "mix, anonymous", path: `${mix.length} list URLs`, paths: mix },
    { key: "mixOfficer", label: "mix, officer", path: `${mix.length} list URLs`, paths: mix },
  ];
  const targets = options.only ? allTargets.filter((t) => options.only!.includes(t.key)) : allTargets;
  let floorStop: (() => void) | null = null;
  let appStop: (() => Promise<void>) | null = null;
  try {
    // The floor first: its first setup (install, build) must not overlap the app's cold start.
    log(`starting the floor: ${path.join(floorDir, "setup.sh")} ${floorPort} (TMPDIR=${FLOOR_WORK_DIR})`);
    const floor = await startFloor(floorDir, floorPort, FLOOR_WORK_DIR, (stopper) => {
      floorStop = stopper.stop;
      stoppers.add(stopper);
    });
    log(`floor on ${floor.origin}`);
    const server = await start(port, serverEnv, (stopper) => stoppers.add(stopper), options.processes);
    appStop = server.stop;
    log(`the directory (scripts/serve.mjs, ${options.processes} process${options.processes > 1 ? "es" : ""}) on ${server.origin}`);

    // The first requests after the start: caches cold.
    for (const [label, coldPath] of [["list", "/partners"], ["fiche", `/partners/${slug}`]] as const) {
      const t = await timeOne(server.origin, coldPath);
      cold.push({ label, path: coldPath, ...t });
      log(`first request of the ${label} ${coldPath}: ${t.ms.toFixed(0)} ms (status ${t.status})`);
    }

    const officer = await createBenchOfficer(urls.bench);
    const officerCookie = await signIn(server.origin, officer);
    log(`signed in as ${officer.email} through next-auth's credentials flow`);
    allTargets.find((t) => t.key === "mixOfficer")!.headers = { cookie: officerCookie };

    // 3. Load, one target at a time.
    for (const target of targets) {
      const origin = target.server === "floor" ? floor.origin : server.origin;
      try {
        // A mix is checked on its first URL only: checking all 200 would fill the anonymous cache before the run.
        await checkOk(origin, target.paths?.[0] ?? target.path, target.headers);
      } catch (error) {
        skipped.push({ key: target.key, reason: (error as Error).message });
        log(`skipping ${target.label}: ${(error as Error).message}`);
        continue;
      }
      log(`measuring ${target.label} ${target.path} (${options.duration} s, ${options.connections} connections)`);
      const load = os.loadavg()[0];
      const errorsBefore = server.errorsLogged();
      const measured: Measurement = { ...(await measure(origin, target, options)), loadBefore: load };
      if (target.server !== "floor") measured.serverErrors = server.errorsLogged() - errorsBefore;
      const slices = measured.warmUpSlices ?? [];
      log(`warmed up until steady: ${slices.map((n) => n.toFixed(0)).join(", ")} req/s in ${slices.length} slices of ${WARM_UP_SLICE.seconds} s`);
      // Requests autocannon gave up on are still running in the server and the database:
      // let them finish so they do not slow down the next target.
      await waitForIdleDatabase(urls.bench);
      if (measured.requests === 0) {
        log(`no ${target.label} request completed under load: timing requests one at a time`);
        measured.sequentialMs = await sequentialLatency(origin, target.paths?.[0] ?? target.path, 5, target.headers);
        await waitForIdleDatabase(urls.bench);
      }
      measurements.push(measured);
    }
    // Where an officer's view spends its CPU (Node or PostgreSQL): /proc times, which latencies under load do not show.
    const officerTarget = allTargets.find((t) => t.key === "mixOfficer")!;
    if (measurements.some((m) => m.key === "mixOfficer")) {
      officerCpu = await viewCpu(server.origin, officerTarget.paths!, officerTarget.headers ?? {}, server.pids);
      log(
        `officer's views, ${officerCpu.views} at concurrency ${officerCpu.concurrency}: ${officerCpu.requestsPerSecond.toFixed(1)} req/s; CPU per view: server ${officerCpu.serverMsPerView.toFixed(1)} ms, PostgreSQL ${officerCpu.postgresMsPerView.toFixed(1)} ms`,
      );
      await waitForIdleDatabase(urls.bench);
    }
    // 5. JavaScript of the list page, and of the floor's own page: what the stack alone ships.
    if (!skipped.some((s) => s.key === "listSearch")) bundle = await pageJavaScript(server.origin, allTargets.find((t) => t.key === "listSearch")!.path);
    if (!skipped.some((s) => s.key === "floor")) floorBundle = await pageJavaScript(floor.origin, FLOOR_PATH);
  } finally {
    if (appStop) await (appStop as () => Promise<void>)();
    if (floorStop) (floorStop as () => void)();
    stopEverything();
    log("servers stopped (the floor's and the directory's)");
  }

  // 4. Query plans (after the load, so they do not compete with it for the 2 cores).
  const explain = explainList(urls.bench);

  console.log("");
  console.log(`${synthetic.partners} partners; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}); ${options.connections} connections, ${options.duration} s each; directory: ${options.processes} process${options.processes > 1 ? "es" : ""} (floor: 1)`);
  // Other processes on the same 2 cores skew everything: say how busy the machine was.
  console.log(`load average before each measurement: ${measurements.map((m) => `${m.key} ${m.loadBefore?.toFixed(1)}`).join(", ")}`);
  for (const line of formatTable(measurements, "floor")) console.log(line);
  for (const s of skipped) console.log(`not measured: ${s.key}: ${s.reason}`);
  if (officerCpu)
    console.log(
      `officer's view, CPU (${officerCpu.views} views at concurrency ${officerCpu.concurrency}): server ${officerCpu.serverMsPerView.toFixed(1)} ms, PostgreSQL ${officerCpu.postgresMsPerView.toFixed(1)} ms`,
    );
  if (bundle || floorBundle) {
    console.log("");
    for (const line of formatJavaScript(bundle, floorBundle)) console.log(line);
  }
  console.log("");
  if (explain.error) console.log(`EXPLAIN of the list query failed: ${explain.error}`);
  for (const { sql, plan } of explain.plans) {
    console.log(`EXPLAIN (ANALYZE, BUFFERS) ${sql.replace(/\s+/g, " ").slice(0, 160)}…`);
    console.log(plan);
    console.log("");
  }
  const results: Verdict[] = [...verdicts(measurements, GOALS, "floor"), ...coldVerdicts(cold)];
  if (bundle) results.push(jsVerdict(bundle.totalGzip, floorBundle?.totalGzip));
  for (const s of skipped) results.push({ label: s.key, measured: "not measured", target: "-", pass: false });
  for (const line of formatVerdicts(results)) console.log(line);

  // 6. Keep the figures.
  if (options.drop) {
    await dropDatabase(urls.maintenance);
    log("bench database dropped");
  } else {
    log(`bench database kept: ${urls.bench} (--drop to remove it)`);
  }
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
        options,
        database: { partners: synthetic.partners, realPartners: synthetic.realPartners, rows: sizes, generationSeconds: synthetic.seconds, generationTimings: synthetic.timings ?? null },
        floor: { dir: floorDir, path: FLOOR_PATH },
        mix,
        measurements,
        officerCpu,
        cold,
        skipped,
        javascript: bundle,
        javascriptFloor: floorBundle,
        explain,
        verdicts: results,
      },
      null,
      2,
    )}\n`,
  );
  log(`results in ${RESULTS}`);
}

main().catch((error) => {
  console.error(`bench: failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
