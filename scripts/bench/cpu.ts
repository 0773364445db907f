/**
 * Where an officer's view spends its CPU: the directory's server (Node) or
 * PostgreSQL. Read from /proc (Linux): each process's user + system time, so
 * the figures count what the processes used whatever else the machine does,
 * unlike latencies. Used by the bench after the officer's mix (./run.ts) and by
 * `--profile-mix` (./profile-mix.ts).
 */
import fs from "node:fs";
import { requestHeaders } from "./load";

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** A /proc/PID/stat line's command name and CPU seconds used (utime + stime); null if unreadable. */
export function parseProcStat(stat: string): { comm: string; cpuSeconds: number } | null {
  // The command name is in parentheses and may itself hold spaces or parentheses: cut at the last ")".
  const open = stat.indexOf("(");
  const close = stat.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  const fields = stat.slice(close + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return { comm: stat.slice(open + 1, close), cpuSeconds: (utime + stime) / TICKS };
}

/** CPU seconds used so far by the live processes that `keep` accepts. */
export function cpuSeconds(keep: (comm: string, pid: number) => boolean): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const parsed = parseProcStat(fs.readFileSync(`/proc/${entry}/stat`, "utf8"));
      if (parsed && keep(parsed.comm, Number(entry))) total += parsed.cpuSeconds;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** CPU seconds used so far by this machine's PostgreSQL processes (the server is on 127.0.0.1: its backends are local). */
export function postgresCpuSeconds(): number {
  return cpuSeconds((comm) => comm === "postgres" || comm === "postmaster");
}

export interface ViewCpu {
  views: number;
  concurrency: number;
  requestsPerSecond: number;
  /** CPU milliseconds per view of the server's processes, and of PostgreSQL's. */
  serverMsPerView: number;
  postgresMsPerView: number;
}

/**
 * Sends `views` requests for `paths` in rotation (`concurrency` at a time, with
 * `headers`), and divides the CPU the server's processes (`serverPids()`, read
 * before and after) and PostgreSQL used meanwhile by the views. Concurrency 2 on
 * two cores: both kept busy, little queueing.
 */
export async function viewCpu(
  origin: string,
  paths: readonly string[],
  headers: Record<string, string>,
  serverPids: () => number[],
  views = 400,
  concurrency = 2,
): Promise<ViewCpu> {
  let next = 0;
  const worker = async () => {
    while (next < views) {
      const response = await fetch(new URL(paths[next++ % paths.length], origin), { headers: requestHeaders(headers), signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
    }
  };
  const server = () => {
    const pids = new Set(serverPids());
    return cpuSeconds((_comm, pid) => pids.has(pid));
  };
  const serverBefore = server();
  const postgresBefore = postgresCpuSeconds();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    views,
    concurrency,
    requestsPerSecond: views / seconds,
    serverMsPerView: ((server() - serverBefore) / views) * 1000,
    postgresMsPerView: ((postgresCpuSeconds() - postgresBefore) / views) * 1000,
  };
}
