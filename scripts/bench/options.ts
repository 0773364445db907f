/** `npm run bench -- [--db-only] [--profile-mix] [--no-build] [--reuse-db] [--drop] [--partners=N] [--duration=S] [--connections=N] [--port=P] [--floor=DIR] [--processes=N] [--only=KEY,…]` */

/** The load targets of a run, in order (./run.ts); `--only` picks some of them, the floor always. */
export const TARGET_KEYS = ["floor", "listFilters", "listSearch", "detail", "listFiltersRendered", "detailRendered", "api", "mixAnonymous", "mixOfficer"] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export interface BenchOptions {
  /** Reuse the last production build even when sources are newer. */
  build: boolean;
  /** Keep the bench database of the last run when it already holds `partners` partners (faster iterations). */
  reuseDb: boolean;
  /** Only build the N-partner database (and keep it), measure nothing. */
  dbOnly: boolean;
  /** Only time the SQL of each URL of the mix, page and facets (./profile-mix.ts): no build, no server; implies --reuse-db. */
  profileMix: boolean;
  /** Drop the benchmark database at the end (it is kept by default, to inspect). */
  drop: boolean;
  partners: number;
  /** Seconds of measurement per target (after a short warm-up). */
  duration: number;
  connections: number;
  port: number;
  /**
   * Worker processes of the directory's server (WEB_CONCURRENCY, docs/deployment.md).
   * 1 by default: the comparison with the floor is one process against one; more is
   * the deployment's figure, measured separately.
   */
  processes: number;
  /** The floor app's directory (default: BENCH_FLOOR_APP, else ../shared/bench/floor-app from the project). */
  floor: string | undefined;
  /**
   * Only these load targets (and the floor, which every ratio needs), e.g. to compare one
   * setting on the officer's mix in a few minutes; all of them when null.
   */
  only: TargetKey[] | null;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { dbOnly: false, profileMix: false, build: true, reuseDb: false, drop: false, partners: 10_000, duration: 10, connections: 10, port: 3300, processes: 1, floor: process.env.BENCH_FLOOR_APP || undefined, only: null };
  for (const arg of argv) {
    const [flag, value] = arg.split("=", 2);
    const number = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive integer, got "${value ?? ""}"`);
      return n;
    };
    if (flag === "--db-only") options.dbOnly = true;
    else if (flag === "--profile-mix") {
      // It profiles the database as it is: never rebuild it for that.
      options.profileMix = true;
      options.reuseDb = true;
    }
    else if (flag === "--no-build") options.build = false;
    else if (flag === "--drop") options.drop = true;
    else if (flag === "--reuse-db") options.reuseDb = true;
    else if (flag === "--partners") options.partners = number();
    else if (flag === "--duration") options.duration = number();
    else if (flag === "--connections") options.connections = number();
    else if (flag === "--port") options.port = number();
    else if (flag === "--processes") options.processes = number();
    else if (flag === "--floor" && value) options.floor = value;
    else if (flag === "--only") {
      const keys = (value ?? "").split(",").filter(Boolean);
      const unknown = keys.filter((key) => !(TARGET_KEYS as readonly string[]).includes(key));
      if (!keys.length || unknown.length) throw new Error(`--only takes target keys among ${TARGET_KEYS.join(",")}; got "${value ?? ""}"`);
      options.only = TARGET_KEYS.filter((key) => key === "floor" || keys.includes(key));
    }
    else throw new Error(`unknown option ${arg} (known: --db-only --profile-mix --no-build --reuse-db --drop --partners=N --duration=S --connections=N --port=P --floor=DIR --processes=N --only=KEY,…)`);
  }
  return options;
}
