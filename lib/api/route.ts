import { randomUUID } from "node:crypto";
import { isDatabaseUnavailable } from "../db/errors";
import { ApiError, apiError } from "./errors";

/**
 * The one wrapper of every route handler in app/api (issue 11, "one API error
 * wrapper"): the handler does its work and throws an ApiError for bad input or
 * a missing record; the wrapper turns
 *   - an ApiError into its 4xx with the one error body (./errors.ts),
 *   - a database that does not answer (lib/db/errors.ts) into a 503 to retry,
 *   - anything else into a 500 with a request id, logged with its stack under
 *     the same id, so a programming error is never reported as an outage.
 */
export function apiRoute<C = unknown>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context?: C): Promise<Response> => {
    try {
      return await handler(request, context as C);
    } catch (error) {
      return errorResponse(request, error);
    }
  };
}

export function errorResponse(request: Request, error: unknown): Response {
  if (error instanceof ApiError) {
    return apiError(error.status, { code: error.code, message: error.message, ...(error.param ? { param: error.param } : {}) });
  }
  const where = `${request.method} ${new URL(request.url).pathname}`;
  if (isDatabaseUnavailable(error)) {
    console.warn(`[api] ${where}: database unavailable (${error instanceof Error ? error.message : String(error)})`);
    return apiError(503, { code: "database_unavailable", message: "The database is not answering; retry shortly." }, { "Retry-After": "5" });
  }
  const requestId = randomUUID();
  console.error(`[api] ${where} failed, request ${requestId}:`, error);
  return apiError(
    500,
    { code: "internal_error", message: `Unexpected error; quote request ${requestId} when reporting it.`, requestId },
    { "X-Request-Id": requestId },
  );
}
