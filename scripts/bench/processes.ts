/**
 * Stopping the servers the bench started, whatever they started themselves.
 * Killing a process group is not enough: `npx` and `next start` may leave
 * children in groups of their own, and a child whose parent died is re-parented
 * (its link to the tree is lost). So the whole tree is listed first (every
 * process in the roots' groups, and every descendant of those), then signalled
 * at once: SIGTERM, a short grace, SIGKILL for what is left. Synchronous, for
 * `exit` and signal handlers.
 */
import { spawnSync } from "node:child_process";

export interface ProcessRow {
  pid: number;
  ppid: number;
  pgid: number;
  /** `ps` state: Z for a zombie (dead, not yet reaped: nothing to kill). */
  stat: string;
}

export function processTable(): ProcessRow[] {
  const result = spawnSync("ps", ["-eo", "pid=,ppid=,pgid=,stat="], { encoding: "utf8" });
  return result.stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 4)
    .map(([pid, ppid, pgid, stat]) => ({ pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), stat }));
}

/** The live processes of the roots' trees: their groups' members and all their descendants (not zombies). */
export function treeOf(roots: readonly number[], table: readonly ProcessRow[]): number[] {
  const found = new Set<number>();
  const groups = new Set(roots);
  for (const row of table) if (roots.includes(row.pid)) groups.add(row.pgid);
  for (const row of table) if (roots.includes(row.pid) || groups.has(row.pgid)) found.add(row.pid);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of table) {
      if (!found.has(row.pid) && found.has(row.ppid)) {
        found.add(row.pid);
        // A child in a group of its own takes its group with it.
        for (const other of table) if (other.pgid === row.pgid && other.pgid !== 0) found.add(other.pid);
        grew = true;
      }
    }
  }
  const live = new Set(table.filter((r) => !r.stat.startsWith("Z")).map((r) => r.pid));
  return [...found].filter((pid) => live.has(pid) && pid !== process.pid && pid > 1);
}

function signal(pids: readonly number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  }
}

/** SIGTERM to the roots' process groups, by system call alone (no `ps`): what a signal handler can always afford. */
export function terminateGroups(roots: readonly number[]): void {
  for (const root of roots) {
    if (!Number.isInteger(root) || root <= 1) continue;
    for (const target of [-root, root]) {
      try {
        process.kill(target, "SIGTERM");
      } catch {
        // not a group leader, or gone
      }
    }
  }
}

/**
 * SIGTERM to every process of the roots' trees, then SIGKILL to what is still
 * alive after `graceMs`. The roots' groups get their SIGTERM first, by system
 * call alone: a signal handler may have only milliseconds (a runner such as tsx
 * kills its child soon after relaying a SIGINT), and `ps` takes longer.
 */
export function stopTrees(roots: readonly number[], graceMs = 3000): void {
  const valid = roots.filter((p) => Number.isInteger(p) && p > 1);
  terminateGroups(valid);
  const pids = treeOf(valid, processTable());
  if (!pids.length) return;
  signal(pids, "SIGTERM");
  const deadline = Date.now() + graceMs;
  let alive = pids;
  while (Date.now() < deadline) {
    const live = new Set(processTable().filter((r) => !r.stat.startsWith("Z")).map((r) => r.pid));
    alive = pids.filter((pid) => live.has(pid));
    if (!alive.length) return;
    spawnSync("sleep", ["0.1"]);
  }
  signal(alive, "SIGKILL");
}
