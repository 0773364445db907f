/**
 * Concurrent identical reads share one promise (issue 8). Next's data cache
 * (`unstable_cache`) does not merge misses already in flight: ten visitors
 * opening the same uncached search at once ran the same ~0.3 s statement ten
 * times side by side, until statement timeouts. Wrapped around the database
 * read inside the cache, this map lets the first caller's query serve every
 * caller that asks for the same key before it settles.
 *
 * - Only while in flight: the entry goes when the promise settles, so a result
 *   is never kept here (the data cache keeps it) and an error is never cached:
 *   the callers waiting at that moment get it, the next caller reads again.
 * - Bounded: past `max` distinct keys in flight, a read runs on its own
 *   (unshared) rather than grow the map without limit under a flood of distinct URLs.
 * - For reads that do not depend on the viewer only (the anonymous reads):
 *   the key must say everything the result depends on.
 */
export interface InFlight<A extends unknown[], R> {
  (...args: A): Promise<R>;
  /** Keys in flight now (tests, diagnostics). */
  readonly size: number;
}

export function shareInFlight<A extends unknown[], R>(read: (...args: A) => Promise<R>, key: (...args: A) => string, max = 100): InFlight<A, R> {
  const pending = new Map<string, Promise<R>>();
  const shared = (...args: A): Promise<R> => {
    const k = key(...args);
    const running = pending.get(k);
    if (running) return running;
    if (pending.size >= max) return read(...args);
    let promise: Promise<R>;
    try {
      promise = read(...args);
    } catch (error) {
      return Promise.reject(error);
    }
    const entry = promise.finally(() => {
      if (pending.get(k) === entry) pending.delete(k);
    });
    pending.set(k, entry);
    return entry;
  };
  return Object.defineProperty(shared, "size", { get: () => pending.size }) as InFlight<A, R>;
}
