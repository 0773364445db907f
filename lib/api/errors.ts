/**
 * The one error body of the JSON API (README "JSON API"), whatever the route:
 *
 *   { "error": { "code": "invalid_parameter", "param": "pageSize", "message": "pageSize: must be at most 100" } }
 *
 * `code` is stable and meant for programs; `message` is for people; `param`
 * names the offending query parameter (4xx for bad input); `requestId` comes
 * with a 500 and is also in the server's log line for that failure.
 */
export type ApiErrorCode =
  | "invalid_parameter"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "database_unavailable"
  | "internal_error";

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; param?: string; requestId?: string };
}

/** An expected failure a handler throws (or returns through `apiError`): the client's fault, or a missing record. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function apiError(status: number, body: ApiErrorBody["error"], headers?: HeadersInit): Response {
  return Response.json({ error: body } satisfies ApiErrorBody, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** 400 naming the parameter. */
export function invalidParameter(param: string, message: string): ApiError {
  return new ApiError(400, "invalid_parameter", message, param);
}

/** 401: the answer holds personal data and the caller is not signed in (or still on a one-time password). */
export function unauthorized(message: string): ApiError {
  return new ApiError(401, "unauthorized", message);
}

/** 403: signed in, but the role does not allow this answer. */
export function forbidden(message: string): ApiError {
  return new ApiError(403, "forbidden", message);
}

/** 404 for a record that does not exist (or that this viewer may not see). */
export function notFound(message: string): ApiError {
  return new ApiError(404, "not_found", message);
}
