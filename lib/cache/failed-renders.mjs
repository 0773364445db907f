/**
 * The link between instrumentation.ts (Next.js reports a request's error) and
 * the whole-page cache (./page-cache.mjs): a request's id, set by
 * scripts/serve.mjs, and the call that tells the cache not to keep its answer.
 * No Node.js API here: Next.js compiles instrumentation.ts for the Edge runtime too.
 */
export const REQUEST_ID_HEADER = "x-passerelle-request";

/** Where this process's page cache is kept (one per process, whatever module graph loaded it). */
export const PAGE_CACHE_KEY = Symbol.for("passerelle.page-cache");

/** The rendering of the request with this id reported an error: its answer must not be kept. */
export function markSharedPageFailed(requestId) {
  if (typeof requestId === "string") globalThis[PAGE_CACHE_KEY]?.markFailed(requestId);
}
