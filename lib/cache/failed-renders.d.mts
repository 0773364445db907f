/** Types of ./failed-renders.mjs (plain JavaScript, shared by instrumentation.ts and ./page-cache.mjs). */
export const REQUEST_ID_HEADER: string;
export const PAGE_CACHE_KEY: symbol;
export function markSharedPageFailed(requestId: unknown): void;
