/**
 * The stack's floor (issue 8): a bare Next 16 + Prisma page listing 25 of 10,000
 * rows with two indexed filters, measured in the same run as the directory's
 * pages so that they are compared as ratios. It lives outside the project
 * (`../shared/bench/floor-app` from the project root, or BENCH_FLOOR_APP /
 * `--floor=DIR`) and documents itself: `setup.sh PORT` copies it to
 * $TMPDIR/floor-app, installs and builds it once, fills its own database
 * `floor` (10,000 rows; it takes no DATABASE_URL) and leaves `next start`
 * running in a session of its own, whose pid it writes to server.pid.
 *
 * That server must never outlive the bench (it would hold /work/heavy.lock
 * for whoever runs the bench under it): `stop()` ends its whole process tree
 * (./processes.ts), and run.ts calls it on every exit path, SIGINT and SIGTERM included.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { stopTrees, terminateGroups } from "./processes";

/** The floor's own list URL, as its README says to measure it. */
export const FLOOR_PATH = "/partners?region=Kayes&category=ong";

/** Where the floor app is: an explicit directory, else `../shared/bench/floor-app` from the project (or from its main checkout, for a worktree). */
export function floorAppDir(explicit: string | undefined, root = process.cwd()): string {
  if (explicit) {
    const dir = path.resolve(root, explicit);
    if (!fs.existsSync(path.join(dir, "setup.sh"))) throw new Error(`no setup.sh in ${dir} (--floor / BENCH_FLOOR_APP)`);
    return dir;
  }
  const candidates = [path.resolve(root, "../shared/bench/floor-app")];
  // A git worktree's "project" is the main checkout: its ../shared is the shared one.
  const common = spawnSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { cwd: root, encoding: "utf8" });
  if (common.status === 0 && common.stdout.trim()) candidates.push(path.resolve(path.dirname(common.stdout.trim()), "../shared/bench/floor-app"));
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "setup.sh")));
  if (!found) throw new Error(`the floor app is not in ${candidates.join(" or ")}: give its directory with --floor=DIR or BENCH_FLOOR_APP`);
  return found;
}

export interface FloorServer {
  origin: string;
  /** Ends the floor's process tree (and setup.sh's, if still running). Idempotent, synchronous (usable in an exit handler). */
  stop: () => void;
}

/**
 * Runs `setup.sh PORT` and waits until the floor answers. `workDir` becomes the
 * script's TMPDIR: the bench's floor has its own copy and its own server.pid,
 * never another person's. `onStarted` receives the stopper as soon as a process
 * exists, so that an interrupt during the (long, first-time) setup still stops it.
 */
export async function startFloor(
  dir: string,
  port: number,
  workDir: string,
  onStarted: (stopper: { terminate: () => void; stop: () => void }) => void,
  timeoutMs = 15 * 60_000,
): Promise<FloorServer> {
  fs.mkdirSync(workDir, { recursive: true });
  const pidFile = path.join(workDir, "floor-app", "server.pid");
  fs.rmSync(pidFile, { force: true });
  const setup = spawn("bash", [path.join(dir, "setup.sh"), String(port)], {
    env: { ...process.env, TMPDIR: workDir },
    // Its stderr (npm, the wait loop's curl) is shown only when it fails.
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stopped = false;
  // setup.sh (if still running) and the server's session, with whatever they started.
  const roots = () => {
    const serverPid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").trim()) : NaN;
    return [setup.pid ?? 0, Number.isInteger(serverPid) ? serverPid : 0];
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopTrees(roots());
  };
  onStarted({ terminate: () => terminateGroups(roots()), stop });
  let output = "";
  let errors = "";
  setup.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  setup.stderr!.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the floor's setup.sh took more than ${timeoutMs / 60_000} min`)), timeoutMs);
    setup.once("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  }).catch((error) => {
    stop();
    throw error;
  });
  const origin = `http://127.0.0.1:${port}`;
  if (code !== 0 || !output.includes(origin)) {
    stop();
    throw new Error(`the floor's setup.sh failed (exit ${code}): ${output.trim()}\n${errors.trim()}`);
  }
  if (!fs.existsSync(pidFile)) {
    stop();
    throw new Error(`the floor answered on ${origin} but wrote no ${pidFile}: something else holds port ${port}`);
  }
  // setup.sh waits up to 60 s; check it really answers.
  const response = await fetch(new URL(FLOOR_PATH, origin), { signal: AbortSignal.timeout(30_000) }).catch((error: Error) => error);
  if (response instanceof Error || !response.ok) {
    stop();
    throw new Error(`the floor does not answer ${FLOOR_PATH} on ${origin}: ${response instanceof Error ? response.message : response.status}`);
  }
  await response.arrayBuffer();
  return { origin, stop };
}
