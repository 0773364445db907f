import pg from "pg";
import type { DbTimeouts } from "./timeouts";

/**
 * PostgreSQL's `name` type (OID 19) is not mapped by @prisma/adapter-pg 6.19
 * (prisma/prisma#27403): `migrate deploy` fails with "Column type 'name' could
 * not be deserialized". Reporting such columns as `text` (OID 25) fixes it for
 * migrations and for any catalog query. See docs/decisions/0001-prisma-js-engine.md.
 */
const NAME_OID = 19;
const TEXT_OID = 25;

type FieldLike = { dataTypeID: number };
type ResultLike = { fields?: FieldLike[] } | Array<{ fields?: FieldLike[] }>;

function patchResult<T>(result: T): T {
  const list = Array.isArray(result) ? result : [result];
  for (const r of list as Array<{ fields?: FieldLike[] }>) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** pg's message when `query_timeout` fires: the server did not answer in time. */
export const QUERY_READ_TIMEOUT = "Query read timeout";

/** pg-pool's messages when connecting, or waiting for a free connection, took too long. */
const CONNECT_TIMEOUT = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/;

/**
 * Whether the database answered lately, shared by a pool's connections. After a
 * timeout, and until the next answer, statements and connections wait only
 * `degradedMs`: a page that runs several statements against a frozen database
 * fails in one long wait, not one per statement, and the first answer (a
 * health check, any query) restores the normal limits.
 */
class Responsiveness {
  degraded = false;
  private pool?: { options: { connectionTimeoutMillis?: number } };
  constructor(private readonly timeouts: DbTimeouts) {}

  attach(pool: { options: { connectionTimeoutMillis?: number } }): void {
    this.pool = pool;
  }

  failed(error: unknown): void {
    const message = error instanceof Error ? error.message : "";
    if (message !== QUERY_READ_TIMEOUT && !CONNECT_TIMEOUT.test(message)) return;
    this.degraded = true;
    if (this.pool) this.pool.options.connectionTimeoutMillis = this.timeouts.degradedMs;
  }

  answered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    if (this.pool) this.pool.options.connectionTimeoutMillis = this.timeouts.connectMs;
  }

  queryTimeout(): number | undefined {
    return this.degraded ? this.timeouts.degradedMs : undefined;
  }
}

class AppClient extends pg.Client {
  /** Set by createPool for the app's pool (none for migrations and scripts). */
  static responsiveness?: Responsiveness;

  private poolRelease?: (error?: Error) => void;

  constructor(...args: ConstructorParameters<typeof pg.Client>) {
    super(...args);
    // A connection that dies while checked out goes back to the pool at once (which
    // discards it): Prisma does not release a transaction's connection when its
    // COMMIT or ROLLBACK fails, and each such failure would otherwise keep a pool
    // slot forever, until no request could get a connection.
    this.on("end", () => this.release(new Error("connection ended")));
  }

  /** pg-pool sets this at each checkout; releasing becomes idempotent. */
  set release(release: (error?: Error) => void) {
    this.poolRelease = release;
  }

  get release(): (error?: Error) => void {
    return (error?: Error) => {
      const release = this.poolRelease;
      this.poolRelease = undefined;
      release?.(error);
    };
  }

  /**
   * A query the server did not answer leaves this connection unusable: the
   * statement (maybe a COMMIT) is still in flight, and inside a transaction
   * Prisma would hand the connection back to the pool still in that
   * transaction. End it, so the pool discards it (issue 9, "a database that
   * stops answering"); the commit deadline (lib/db/write.ts) covers a COMMIT
   * the server reads later.
   */
  private failed(error: unknown): void {
    if (error instanceof Error && error.message === QUERY_READ_TIMEOUT) {
      this.end().catch(() => undefined);
      this.release(error);
    }
    (this.constructor as typeof AppClient).responsiveness?.failed(error);
  }

  private answered<T>(result: T): T {
    (this.constructor as typeof AppClient).responsiveness?.answered();
    return patchResult(result);
  }

  // pg's query() is heavily overloaded; we only intercept the result.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const short = (this.constructor as typeof AppClient).responsiveness?.queryTimeout();
    if (short && args[0] && typeof args[0] === "object" && typeof args[0].submit !== "function") {
      args[0] = { ...args[0], query_timeout: short };
    } else if (short && typeof args[0] === "string") {
      args[0] = { text: args[0], query_timeout: short };
    }
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: ResultLike) => {
        if (err) this.failed(err);
        last(err, err ? res : this.answered(res));
      };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    if (out && typeof out.then === "function") {
      return out.then(
        (result: ResultLike) => this.answered(result),
        (error: unknown) => {
          this.failed(error);
          throw error;
        },
      );
    }
    return out;
  }
}

/** Server settings sent at connection start (PostgreSQL's `options` startup parameter). */
function startupOptions(timeouts: DbTimeouts | undefined): string {
  // jit=off: the directory's queries are short OLTP reads, for which PostgreSQL's JIT
  // compilation costs far more than it saves (docs/benchmarks.md measured 5 s on one list query).
  // max_parallel_workers_per_gather=0: parallel workers only split one statement across the
  // cores that the other requests are using, and each costs a process start; a common word's
  // search hits took 80 ms with two workers and 30 ms without (docs/benchmarks.md, "Parallel
  // workers and lazy relevance").
  const settings = ["-c jit=off", "-c max_parallel_workers_per_gather=0"];
  if (timeouts) {
    settings.push(`-c statement_timeout=${timeouts.statementMs}`);
    settings.push(`-c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`);
  }
  return settings.join(" ");
}

/**
 * A pg.Pool usable by Prisma's driver adapter, for the app and for migrations.
 * With `timeouts` (the app's pool, lib/db/client.ts), no request waits without
 * end on a database that does not answer: connecting and waiting for a free
 * connection are bounded (`connectionTimeoutMillis` covers both in pg-pool),
 * so is each statement, on the server (`statement_timeout`) and on our side
 * (`query_timeout`: a frozen server cancels nothing), and the server ends a
 * session left idle inside a transaction. Migrations and the seed pass none.
 */
export function createPool(connectionString: string, max = 10, timeouts?: DbTimeouts): pg.Pool {
  // allowExitOnIdle: a CLI (prisma migrate, scripts) exits as soon as its work is done instead of
  // waiting for idle connections to time out.
  const responsiveness = timeouts ? new Responsiveness(timeouts) : undefined;
  // One Client class per pool, so that the app's pool keeps its own state.
  const Client = responsiveness
    ? class extends AppClient {
        static responsiveness = responsiveness;
      }
    : AppClient;
  const pool = new pg.Pool({
    connectionString,
    max,
    allowExitOnIdle: true,
    options: startupOptions(timeouts),
    ...(timeouts
      ? {
          connectionTimeoutMillis: timeouts.connectMs,
          query_timeout: timeouts.queryMs,
          // A connection nobody used for a while is closed, so a pool that grew
          // during a burst shrinks back and a half-open socket is not kept.
          idleTimeoutMillis: 30_000,
          keepAlive: true,
        }
      : {}),
    Client: Client as unknown as typeof pg.Client,
  });
  if (responsiveness) {
    responsiveness.attach(pool as unknown as { options: { connectionTimeoutMillis?: number } });
    // A failed connection attempt never reaches a client's query(): count it here.
    const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
    pool.connect = ((...args: unknown[]) => {
      if (typeof args[0] === "function") {
        const cb = args[0] as (err: Error | undefined, client?: pg.PoolClient, done?: () => void) => void;
        return (connect as unknown as (cb: unknown) => void)((err: Error | undefined, client?: pg.PoolClient, done?: () => void) => {
          if (err) responsiveness.failed(err);
          cb(err, client, done);
        });
      }
      return connect().catch((error: unknown) => {
        responsiveness.failed(error);
        throw error;
      });
    }) as typeof pool.connect;
  }
  // An idle connection dropped by the server (restart, network) is removed by the
  // pool; without a listener its "error" event would end the whole process.
  pool.on("error", (error) => console.warn(`[db] an idle connection was lost: ${error.message}`));
  return pool;
}
