import type { Instrumentation } from "next";
import { REQUEST_ID_HEADER, markSharedPageFailed } from "./lib/cache/failed-renders.mjs";

/**
 * Next.js reports here every error caught while answering a request, including
 * a page that failed after its 200 was sent (a streamed page). Such an answer
 * must not be kept by the whole-page cache (lib/cache/page-cache.mjs): the
 * request is recognised by the id scripts/serve.mjs gave it.
 *
 * Next.js logs the error itself, without the request: one line more names the
 * request and the route, so that an operator (or `npm run bench`, which counts
 * these errors) can tell which view failed, e.g. which search hit the statement
 * timeout under load. Server log only: nothing here reaches the visitor.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const id = request.headers[REQUEST_ID_HEADER];
  markSharedPageFailed(Array.isArray(id) ? id[0] : id);
  const digest = (error as { digest?: unknown } | null)?.digest;
  console.error(
    `passerelle: ${request.method} ${request.path} failed (${context.routeType} ${context.routePath}${typeof digest === "string" ? `, digest ${digest}` : ""})`,
  );
};
