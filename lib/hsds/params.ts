/**
 * The parameters of GET /api/hsds/organizations (the HSDS API's `page`,
 * `per_page`, `full`), parsed once with zod: the route validates with this
 * schema and the OpenAPI document (lib/openapi) is generated from it.
 */
import { z } from "zod";

export const HSDS_MAX_PER_PAGE = 100;
export const HSDS_DEFAULT_PER_PAGE = 25;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { error: "must be a whole number" })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }))
    .optional();

export const hsdsListParamsSchema = z.object({
  page: wholeNumber(1, 100_000).meta({ description: "Page number, from 1 (default 1)." }),
  per_page: wholeNumber(1, HSDS_MAX_PER_PAGE).meta({ description: `Organizations per page (default ${HSDS_DEFAULT_PER_PAGE}, at most ${HSDS_MAX_PER_PAGE}).` }),
  full: z
    .enum(["true", "false"], { error: "must be true or false" })
    .optional()
    .meta({ description: "`true`: each item is the fully nested organization (funding, services, contacts for signed-in callers)." }),
});

export interface HsdsListParams {
  page: number;
  perPage: number;
  full: boolean;
}

export type HsdsParamsResult = { success: true; data: HsdsListParams } | { success: false; error: { param: string; message: string } };

/** Known parameters only, first value of each; an empty value counts as absent. */
export function parseHsdsListParams(params: URLSearchParams): HsdsParamsResult {
  const raw = Object.fromEntries(Object.keys(hsdsListParamsSchema.shape).map((k) => [k, params.get(k) || undefined]));
  const parsed = hsdsListParamsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = String(issue.path[0] ?? "query");
    return { success: false, error: { param, message: `${param}: ${issue.message}` } };
  }
  const d = parsed.data;
  return { success: true, data: { page: d.page ?? 1, perPage: d.per_page ?? HSDS_DEFAULT_PER_PAGE, full: d.full === "true" } };
}
