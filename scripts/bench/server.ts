/**
 * The production build and server under test. `next build` writes `.next/`,
 * which other people's dev servers and builds use too, and next.config.mjs has
 * no environment-driven `distDir`: the bench builds a copy of the project in
 * BUILD_DIR (sources rsync'ed, node_modules hard-linked) so that it never
 * clobbers the working tree's `.next/`.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { processTable, stopTrees, terminateGroups, treeOf } from "./processes";

export const BUILD_DIR = process.env.BENCH_BUILD_DIR ?? "/tmp/bench-build";
const ROOT = process.cwd();
const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const SERVE_SCRIPT = path.join("scripts", "serve.mjs");

/** What the copy leaves out: dependencies (symlinked), build outputs, data, VCS. */
const EXCLUDED = [".git", "/node_modules", ".next", ".data", "bench-results", "test-results", "playwright-report", "*.tsbuildinfo"];
/** What a build depends on; the build is fresh when BUILD_ID is newer than all of it. */
const SOURCES = ["app", "components", "lib", "public", "messages", "next.config.mjs", "package.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema", "scripts/serve.mjs"];

export function syncSources(): void {
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  const args = ["-a", "--delete", ...EXCLUDED.flatMap((e) => ["--exclude", e]), `${ROOT}/`, `${BUILD_DIR}/`];
  const result = spawnSync("rsync", args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`rsync failed: ${result.stderr}`);
  // Turbopack refuses a node_modules symlinked from outside the project root:
  // hard links cost no space and keep the copy in step with the tree.
  const modules = spawnSync("rsync", ["-a", "--delete", `--link-dest=${ROOT}/node_modules/`, `${ROOT}/node_modules/`, `${BUILD_DIR}/node_modules/`], {
    encoding: "utf8",
  });
  if (modules.status !== 0) throw new Error(`rsync of node_modules failed: ${modules.stderr}`);
}

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** True when the last build in BUILD_DIR is newer than every source it was made from. */
export function buildIsFresh(): boolean {
  const buildId = path.join(BUILD_DIR, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(ROOT, s)) < built);
}

/**
 * A `next build` running elsewhere: a process that renamed itself "next-build (v16…)",
 * or node running next's binary with `build`. Not a shell or `flock` whose command
 * line merely mentions it (a job waiting for the lock builds nothing yet).
 */
export function isBuildCommand(args: string): boolean {
  return /^next-build\b/.test(args) || /^\S*node\S*\s+(?:\S+\s+)*?\S*next(?:\/dist\/bin\/next)?\s+build\b/.test(args);
}

export function otherBuildRunning(): boolean {
  const result = spawnSync("ps", ["-eo", "args="], { encoding: "utf8" });
  return result.stdout.split("\n").some((line) => isBuildCommand(line.trim()));
}

export function build(env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: BUILD_DIR,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
    timeout: 15 * 60_000,
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
}

export interface RunningServer {
  origin: string;
  /** The processes serving it now: scripts/serve.mjs and whatever it started (cluster workers). */
  pids: () => number[];
  stop: () => Promise<void>;
  /** Ends its process tree, synchronously (for exit and signal handlers). */
  kill: () => void;
  /**
   * Errors the server has logged so far (Next's `⨯` lines: a failed render or
   * route, e.g. a statement timeout). A streamed page has already sent its 200
   * when it fails, so the status alone does not show them.
   */
  errorsLogged: () => number;
}

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server (scripts/serve.mjs) exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server (scripts/serve.mjs) did not answer on ${origin} within ${timeoutMs / 1000} s`);
}

/**
 * The directory's production server as `npm start` runs it (scripts/serve.mjs:
 * Next's handler behind a plain Node server, the cache handler, `processes`
 * workers on the one port through WEB_CONCURRENCY), not bare `next start`.
 */
export async function start(
  port: number,
  env: NodeJS.ProcessEnv,
  onStarted?: (stopper: { terminate: () => void; stop: () => void }) => void,
  processes = 1,
): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it stops whatever it spawned (the cluster's workers too).
  const child = spawn(process.execPath, [SERVE_SCRIPT, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: BUILD_DIR,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", WEB_CONCURRENCY: String(processes) },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let errorsLogged = 0;
  child.stderr!.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    errorsLogged += chunk.toString().match(/^\s*⨯ /gm)?.length ?? 0;
  });
  // The server and whatever it started, in one go (./processes.ts): SIGTERM, then SIGKILL after 3 s.
  let stopped = false;
  const kill = () => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    stopTrees([child.pid]);
  };
  const stop = async () => kill();
  onStarted?.({ terminate: () => child.pid !== undefined && terminateGroups([child.pid]), stop: kill });
  try {
    await waitUntilUp(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop, kill, errorsLogged: () => errorsLogged, pids: () => (child.pid === undefined ? [] : treeOf([child.pid], processTable())) };
}
