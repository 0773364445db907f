/**
 * `npm start` (and `npm run dev` = `--dev`): from a fresh clone with only
 * `npm install` done, to a running app.
 *
 *   database    DATABASE_URL, or the embedded PostgreSQL in .data/pglite when unset
 *   client      `prisma generate` when lib/db/generated is missing or the schema changed
 *   migrations  `prisma migrate deploy`
 *   seed        on first run (no partner yet); always with `--reseed` or SEED=always (idempotent)
 *   build       `next build` when .next/BUILD_ID is missing or older than the sources (not with --dev)
 *   server      scripts/serve.mjs (Next's handler; `--dev` for development) on PORT, default 3000,
 *               in WEB_CONCURRENCY worker processes (default 1; docs/deployment.md)
 *
 * Ctrl-C / SIGTERM stop the web server, then the embedded database.
 */
import fs from "node:fs";
import path from "node:path";
import { BIN, ROOT, runNode, runningChildren, startNode, tsArgs } from "../lib/runtime/children";
import {
  DatabaseUnreachable,
  type EmbeddedChild,
  countPartners,
  ensureDatabase,
  redactUrl,
  reportWithoutEdition,
  spawnEmbeddedDb,
} from "../lib/runtime/database";
import { ensureGenerated } from "../lib/runtime/generate";
import { migrateDeploy } from "../lib/runtime/migrate";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const reseed = args.includes("--reseed") || process.env.SEED === "always";

const say = (message: string) => console.log(`passerelle: ${message}`);

/** Folders and files whose changes make the production build stale. */
const BUILD_INPUTS = ["app", "components", "lib", "messages", "public", "next.config.mjs", "postcss.config.mjs", "package.json"];

function newestMtime(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full, { withFileTypes: true })) {
    // Tests do not go into the build.
    if (child.isFile() && /\.test\.tsx?$/.test(child.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child.name)));
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((entry) => newestMtime(entry) > built);
}

let embedded: EmbeddedChild | undefined;
let shuttingDown = false;

async function shutdown(code: number, signal?: NodeJS.Signals): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    for (const child of runningChildren()) {
      if (signal) child.kill(signal);
    }
    await Promise.all(
      runningChildren().map((child) => new Promise((done) => (child.exitCode !== null ? done(null) : child.once("exit", done)))),
    );
    if (embedded) {
      say("stopping the embedded database…");
      await embedded.stop();
    }
  }
  process.exit(code);
}

async function main() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    say("DATABASE_URL is not set: starting the embedded PostgreSQL (.data/pglite)…");
    embedded = await spawnEmbeddedDb();
    url = embedded.url;
    say(`embedded database ready at ${url}`);
  }
  const created = await ensureDatabase(url);
  say(`database ${redactUrl(url)}${created === "created" ? " (created)" : ""}`);
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };

  if (await ensureGenerated()) say("Prisma client generated");
  say("applying migrations…");
  await migrateDeploy(url);

  const partners = await countPartners(url);
  const noEdition = partners !== null && partners > 0 && (await reportWithoutEdition(url));
  if (partners === 0 || reseed || noEdition) {
    say(partners === 0 ? "empty database: seeding from seeds/*.txt…" : noEdition ? "recording the report's edition (idempotent seed)…" : "re-seeding (idempotent)…");
    await runNode(tsArgs("prisma/seed.ts"), { env });
  } else {
    say(`${partners} partners in the database (re-seed with --reseed or SEED=always)`);
  }

  // The first start on an empty users table creates an admin and prints its sign-in once.
  await runNode(tsArgs("scripts/ensure-admin.ts"), { env });

  if (!dev && buildIsStale()) {
    say("building the app (next build)…");
    await runNode([BIN.next, "build"], { env });
  }

  const port = process.env.PORT ?? "3000";
  const processes = dev ? 1 : Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1);
  say(`${dev ? "development" : "production"} server on http://localhost:${port}${processes > 1 ? ` (${processes} processes, WEB_CONCURRENCY)` : ""}`);
  const server = startNode([BIN.serve, ...(dev ? ["--dev"] : []), "--port", port], { ...env, PORT: port });
  server.on("exit", (code, signal) => {
    if (!shuttingDown) {
      say(`the web server stopped (${signal ?? `exit ${code}`})`);
      void shutdown(code ?? 1);
    }
  });
}

process.on("SIGINT", () => void shutdown(0, "SIGINT"));
process.on("SIGTERM", () => void shutdown(0, "SIGTERM"));

main().catch(async (error) => {
  if (shuttingDown) return;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`passerelle: ${error instanceof DatabaseUnreachable ? message : `start failed: ${message}`}`);
  await shutdown(1);
});
