/**
 * The app's Next.js cache handler (next.config.mjs `cacheHandler`): what
 * unstable_cache stores (lib/partners/cached.ts, lib/editions/cached.ts) and
 * any page Next.js caches, kept in this process's memory only, bounded by
 * `cacheMaxMemorySize` (Next's default, 50 MB), with tag invalidations shared
 * by every instance on the same database through LISTEN/NOTIFY
 * (./tag-channel.mjs). docs/decisions/0011-cache-handler.md says why. Every
 * invalidation also empties the process's whole-page cache (./page-cache.mjs).
 *
 * Nothing is written to disk, so no entry outlives the process nor follows a
 * restart onto another database; the channel is the database's own, so
 * instances on different databases never invalidate each other.
 *
 * Next.js makes a handler per request: the store and the channel are the
 * process's, kept on globalThis (the handler file may be imported by more
 * than one of Next's module graphs).
 */
import { MemoryStore, tagsOf } from "./memory-store.mjs";
import { envNumber, invalidateSharedPages } from "./page-cache.mjs";
import { TagChannel } from "./tag-channel.mjs";

const SHARED = Symbol.for("passerelle.cache-handler");
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function shared(maxBytes) {
  const existing = globalThis[SHARED];
  if (existing) return existing;
  const store = new MemoryStore({ maxBytes });
  /**
   * Tags stale (or, without tags, everything: invalidations may have been
   * missed), in the data and in the whole anonymous pages (./page-cache.mjs),
   * which hold every kind of data: any invalidation empties them.
   */
  const expire = (tags) => {
    if (tags) store.expireTags(tags);
    else store.clear();
    invalidateSharedPages();
  };
  const url = process.env.DATABASE_URL;
  // `next build` prerenders with this handler too: it needs no channel (and must not keep a connection open).
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const channel =
    url && !building && process.env.CACHE_INVALIDATION !== "off"
      ? new TagChannel({
          url,
          onTags: (tags) => expire(tags),
          onGap: () => expire(null),
          notifyTimeoutMs: envNumber(process.env, "CACHE_NOTIFY_TIMEOUT_MS", 500),
        })
      : null;
  channel?.start();
  const state = { store, channel, expire };
  globalThis[SHARED] = state;
  return state;
}

export default class PasserelleCacheHandler {
  constructor(ctx = {}) {
    const max = typeof ctx.maxMemoryCacheSize === "number" ? ctx.maxMemoryCacheSize : DEFAULT_MAX_BYTES;
    const { store, channel, expire } = shared(max);
    this.store = store;
    this.channel = channel;
    this.expire = expire;
  }

  async get(key, ctx = {}) {
    // A data entry is asked for with its tags and the page's implicit ones (revalidatePath).
    const asked = [...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
    const entry = this.store.get(key, asked);
    if (!entry) return null;
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx = {}) {
    if (data == null) {
      this.store.delete(key);
      return;
    }
    this.store.set(key, data, tagsOf(data, ctx.fetchCache ? (ctx.tags ?? []) : undefined), ctx.fetchCache ? undefined : ctx.cacheControl);
  }

  /**
   * updateTag/revalidateTag/revalidatePath: stale here at once (the writer
   * reads its own write), then on every other instance. A stale-while-revalidate
   * profile is treated as immediate expiry: stricter, never staler.
   */
  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter((tag) => typeof tag === "string");
    if (list.length === 0) return;
    this.expire(list);
    await this.channel?.publish(list);
  }

  resetRequestCache() {}
}
