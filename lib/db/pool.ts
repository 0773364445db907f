import pg from "pg";

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

class NameAsTextClient extends pg.Client {
  // pg's query() is heavily overloaded; we only intercept the result.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: ResultLike) => last(err, err ? res : patchResult(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    if (out && typeof out.then === "function") return out.then(patchResult);
    return out;
  }
}

/** A pg.Pool usable by Prisma's driver adapter, for the app and for migrations. */
export function createPool(connectionString: string, max = 10): pg.Pool {
  // allowExitOnIdle: a CLI (prisma migrate, scripts) exits as soon as its work is done instead of
  // waiting for idle connections to time out.
  // jit=off: the directory's queries are short OLTP reads, for which PostgreSQL's JIT
  // compilation costs far more than it saves (docs/benchmarks.md measured 5 s on one list query).
  return new pg.Pool({
    connectionString,
    max,
    allowExitOnIdle: true,
    options: "-c jit=off",
    Client: NameAsTextClient as unknown as typeof pg.Client,
  });
}
