import type { Instrumentation } from "next";
import { REQUEST_ID_HEADER, markSharedPageFailed } from "./lib/cache/failed-renders.mjs";

/**
 * Next.js reports here every error caught while answering a request, including
 * a page that failed after its 200 was sent (a streamed page). Such an answer
 * must not be kept by the whole-page cache (lib/cache/page-cache.mjs): the
 * request is recognised by the id scripts/serve.mjs gave it.
 */
export const onRequestError: Instrumentation.onRequestError = (_error, request) => {
  const id = request.headers[REQUEST_ID_HEADER];
  markSharedPageFailed(Array.isArray(id) ? id[0] : id);
};
