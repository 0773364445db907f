/**
 * Telling "the database did not answer" apart from everything else (issue 9,
 * issue 11): the first is a 503 the client may retry; anything else is our bug,
 * a 500 with a request id, never reported as an outage.
 */

/** Thrown by our own deadlines (the health check, a write past its commit deadline). */
export class DatabaseUnavailableError extends Error {
  constructor(message = "the database did not answer in time", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseUnavailableError";
  }
}

/** SQLSTATEs of a server that is going away, overloaded, or cut a statement short. */
function isUnavailableSqlState(code: string): boolean {
  return (
    code.startsWith("08") || // connection exception
    code === "57014" || // query_canceled: statement_timeout, or our commit deadline
    code === "57P01" || // admin_shutdown
    code === "57P02" || // crash_shutdown
    code === "57P03" || // cannot_connect_now (starting up, recovering)
    code === "53300" || // too_many_connections
    code === "25P03" // idle_in_transaction_session_timeout
  );
}

/** Prisma's own codes for the same situations. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** What @prisma/adapter-pg calls connection-level failures (DriverAdapterError kinds). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** pg and pg-pool report timeouts and dead sockets as plain Errors, by message. */
const MESSAGES = [
  /^Query read timeout$/,
  /timeout exceeded when trying to connect/,
  /^Connection terminated/,
  /Client has encountered a connection error/,
  /Client was closed and is not queryable/,
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH)\b/,
  /Can't reach database server/,
  /Timed out fetching a new connection/,
];

/** Prisma's interactive-transaction errors caused by waiting (P2028 is also used for misuse). */
const TRANSACTION_TIMEOUT = /expired transaction|in the given time|Transaction already closed/;

function directlyUnavailable(error: Record<string, unknown>): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = typeof error.code === "string" ? error.code : undefined;
  const message = typeof error.message === "string" ? error.message : "";
  if (code && PRISMA_CODES.has(code)) return true;
  if (code === "P2028" && TRANSACTION_TIMEOUT.test(message)) return true;
  // A pg DatabaseError (it has a severity) or the adapter's view of one.
  if (code && /^[0-9A-Z]{5}$/.test(code) && (typeof error.severity === "string" || error.kind === "postgres")) {
    return isUnavailableSqlState(code);
  }
  if (typeof error.originalCode === "string" && isUnavailableSqlState(error.originalCode)) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  if (code && /^E[A-Z]+$/.test(code)) return MESSAGES.some((re) => re.test(code));
  return MESSAGES.some((re) => re.test(message));
}

/** True when `error` (or what caused it) means the database did not answer. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== "object") return false;
  const e = error as Record<string, unknown>;
  if (directlyUnavailable(e)) return true;
  const meta = e.meta as { driverAdapterError?: { cause?: unknown } } | undefined;
  const nested = [e.cause, meta?.driverAdapterError?.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
