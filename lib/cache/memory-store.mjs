/**
 * The data cache's entries (unstable_cache results, and any page or route
 * answer Next.js caches) in this process's memory, bounded by size, least
 * recently used first out. Tags invalidated here, or on another instance
 * (./tag-channel.mjs), expire every entry stored before the invalidation.
 *
 * Plain JavaScript: Next.js loads the cache handler with Node's own import at
 * run time, outside the bundle (docs/decisions/0011-cache-handler.md).
 */

/** The header in which Next.js keeps a cached page's or route's tags. */
const TAGS_HEADER = "x-next-cache-tags";

/** Above this many remembered tag invalidations, the store starts afresh (bounded memory). */
const MAX_REMEMBERED_TAGS = 10_000;

function byteLength(value) {
  if (value == null) return 0;
  if (typeof value === "string") return value.length;
  if (typeof value.byteLength === "number") return value.byteLength;
  if (typeof value.length === "number") return value.length;
  return 0;
}

/** A rough size in bytes, as Next.js's own memory cache estimates it. */
export function entrySize(key, value) {
  let size = 25;
  if (value?.kind === "FETCH") size = JSON.stringify(value.data ?? "").length;
  else if (value?.kind === "APP_ROUTE" || value?.kind === "RESPONSE") size = byteLength(value.body);
  else if (value?.kind === "APP_PAGE") {
    size = byteLength(value.html) + byteLength(value.rscData) + byteLength(value.postponed);
    for (const [path, buffer] of value.segmentData ?? []) size += path.length + byteLength(buffer);
  } else if (value) {
    try {
      size = JSON.stringify(value).length;
    } catch {
      size = 1024;
    }
  }
  return key.length + Math.max(1, size);
}

/** The tags a cached value carries: a data entry's from its context, a page's from its headers. */
export function tagsOf(value, ctxTags) {
  if (Array.isArray(ctxTags)) return ctxTags;
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

export class MemoryStore {
  /**
   * @param {{ maxBytes: number, settleMs?: number, now?: () => number }} options
   * settleMs: a value computed while one of its tags was being invalidated may
   * hold the data from before the change (its query started before the write
   * committed); such a value is served but not kept for this long after the
   * invalidation.
   */
  constructor({ maxBytes, settleMs = 3_000, now = Date.now }) {
    this.maxBytes = maxBytes;
    this.settleMs = settleMs;
    this.now = now;
    /** @type {Map<string, { value: unknown, lastModified: number, cacheControl: unknown, tags: string[], size: number }>} */
    this.entries = new Map();
    /** @type {Map<string, number>} tag → when it was last invalidated */
    this.invalidatedAt = new Map();
    this.bytes = 0;
  }

  /** The entry under `key`, unless one of its tags (or `moreTags`) was invalidated since it was stored. */
  get(key, moreTags = []) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.isExpired(entry.lastModified, entry.tags) || this.isExpired(entry.lastModified, moreTags)) {
      this.delete(key);
      return null;
    }
    // Least recently used goes first: move it to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key, value, tags = [], cacheControl = undefined) {
    this.delete(key);
    const now = this.now();
    if (tags.some((tag) => now - (this.invalidatedAt.get(tag) ?? -Infinity) < this.settleMs)) return;
    const size = entrySize(key, value);
    if (size > this.maxBytes) return;
    this.entries.set(key, { value, lastModified: now, cacheControl, tags, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  /** Every entry carrying one of `tags` and stored until now is stale. */
  expireTags(tags) {
    if (tags.length === 0) return;
    const now = this.now();
    for (const tag of tags) this.invalidatedAt.set(tag, now);
    if (this.invalidatedAt.size > MAX_REMEMBERED_TAGS) this.clear();
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((tag) => tags.includes(tag))) this.delete(key);
    }
  }

  /** Forget everything (e.g. after invalidations may have been missed). */
  clear() {
    this.entries.clear();
    this.invalidatedAt.clear();
    this.bytes = 0;
  }

  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  isExpired(lastModified, tags) {
    return tags.some((tag) => (this.invalidatedAt.get(tag) ?? -Infinity) >= lastModified);
  }
}
