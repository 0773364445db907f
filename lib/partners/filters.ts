/**
 * The one parser of the partner list's parameters: the page (/partners), the
 * API (/api/v1/partners) and the exports read the same URL the same way
 * (house style: tablecn `searchParamsCache`). Pure: no database, no Next.js.
 * Client components import ./filter-params instead (same types, without zod).
 *
 * Hostile input never reaches SQL unchecked: every value is bounded here, and
 * the first problem is reported with the parameter it concerns.
 */
import { z } from "zod";
import { MALI_REGIONS, normaliseRegion, regionSlug } from "../fiches/values/regions";
import {
  DEFAULT_FILTERS,
  DEFAULT_PAGE_SIZE,
  EXPORT_FORMATS,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  PARTNER_CATEGORIES,
  PARTNER_COLUMNS,
  RETURNEE_VALUES,
  SORTS,
  type PartnerFilters,
} from "./filter-params";

export * from "./filter-params";

/** More values than there are regions/categories is not a real request. */
const MAX_VALUES = 30;
const MAX_PAGE = 100_000;

export type FilterError = { param: string; message: string };
export type ParseResult = { success: true; data: PartnerFilters } | { success: false; error: FilterError };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const values = z.array(z.string());

/** A parameter given at most once; an empty value (an untouched GET form field) counts as absent. */
function single<T extends z.ZodType<unknown, string | undefined>>(inner: T) {
  return values
    .max(1, { error: "expects a single value" })
    .transform((a): string | undefined => a[0])
    .pipe(inner);
}

/** A repeatable parameter; `a,b` and `region=a&region=b` mean the same. */
function many<T extends z.ZodType<unknown, string>>(item: T) {
  return values
    .transform((a) => a.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(MAX_VALUES, { error: `accepts at most ${MAX_VALUES} values` }));
}

const boundedText = z
  .string()
  .max(MAX_QUERY_LENGTH, { error: `must be at most ${MAX_QUERY_LENGTH} characters` })
  .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim() || null)
  .optional();

const intText = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,9}$/, { error: "must be a whole number" })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }))
    .optional();

const region = z.string().transform((value, ctx) => {
  const canonical = normaliseRegion(value) ?? MALI_REGIONS.find((r) => regionSlug(r) === value.toLowerCase()) ?? null;
  if (canonical) return canonical;
  ctx.addIssue({
    code: "custom",
    message: `unknown region "${truncate(value)}"; expected one of ${MALI_REGIONS.map(regionSlug).join(", ")}`,
  });
  return z.NEVER;
});

const enumOf = <const T extends readonly [string, ...string[]]>(options: T, what: string) =>
  z.enum(options, {
    error: (issue) => `unknown ${what} "${truncate(String(issue.input))}"; expected one of ${options.join(", ")}`,
  });

/** The items of the repeatable parameters, checked one by one (a page drops only the bad value). */
const MANY_ITEMS = {
  region,
  category: enumOf(PARTNER_CATEGORIES, "category"),
  funder: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: "must be funder slugs (e.g. union-europeenne)" }),
  returnees: enumOf(RETURNEE_VALUES, "value"),
  columns: enumOf(PARTNER_COLUMNS, "column"),
} as const;

/** The list's parameters; exported for the OpenAPI document (lib/openapi), generated from it. */
export const partnerFiltersSchema = z.object({
  q: single(boundedText),
  region: many(MANY_ITEMS.region),
  category: many(MANY_ITEMS.category),
  funder: many(MANY_ITEMS.funder),
  course: single(boundedText),
  returnees: many(MANY_ITEMS.returnees),
  minCapacity: single(intText(0, 1_000_000)),
  hasInsertion: single(z.enum(["true", "false"], { error: "must be true or false" }).optional()),
  unverified: single(z.enum(["true", "false"], { error: "must be true or false" }).optional()),
  sort: single(enumOf(SORTS, "sort").optional()),
  page: single(intText(1, MAX_PAGE)),
  pageSize: single(intText(1, MAX_PAGE_SIZE)),
  format: single(enumOf(EXPORT_FORMATS, "format").optional()),
  columns: many(MANY_ITEMS.columns),
});

const PARAMS = Object.keys(partnerFiltersSchema.shape) as (keyof typeof partnerFiltersSchema.shape)[];

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Every known parameter as a list of its non-empty values; unknown parameters are ignored. */
function collect(input: RawParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of PARAMS) {
    const raw = input instanceof URLSearchParams ? input.getAll(key) : input[key];
    const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    out[key] = list.filter((v): v is string => typeof v === "string" && v.trim() !== "");
  }
  return out;
}

export function parsePartnerFilters(input: RawParams): ParseResult {
  return parseCollected(collect(input));
}

/** A parameter value a page left out because it could not be read. */
export type DroppedParam = { param: string; value: string };

/**
 * For pages (the API stays strict, with a 400): keep every parameter that
 * reads, drop the others one value at a time, and say which were dropped, so
 * one bad value (minCapacity=abc) does not reset the other filters (issue 12).
 */
export function parsePartnerFiltersLeniently(input: RawParams): { data: PartnerFilters; dropped: DroppedParam[] } {
  const raw = collect(input);
  const kept: Record<string, string[]> = {};
  const dropped: DroppedParam[] = [];
  for (const key of PARAMS) {
    const item = MANY_ITEMS[key as keyof typeof MANY_ITEMS];
    const list = item ? raw[key].flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean) : raw[key];
    kept[key] = item ? list.filter((v) => item.safeParse(v).success) : list;
    for (const value of list.filter((v) => !kept[key].includes(v))) dropped.push({ param: key, value: truncate(value) });
    if (!item && !partnerFiltersSchema.shape[key].safeParse(list).success) {
      for (const value of list) dropped.push({ param: key, value: truncate(value) });
      kept[key] = [];
    }
  }
  // Each value now reads on its own; a parameter can still fail as a whole (too many values): drop it.
  for (;;) {
    const parsed = parseCollected(kept);
    if (parsed.success) return { data: parsed.data, dropped };
    if (!(parsed.error.param in kept)) return { data: DEFAULT_FILTERS, dropped: [...dropped, { param: parsed.error.param, value: "" }] };
    dropped.push({ param: parsed.error.param, value: truncate(kept[parsed.error.param]?.join(",") ?? "") });
    kept[parsed.error.param] = [];
  }
}

function parseCollected(collected: Record<string, string[]>): ParseResult {
  const parsed = partnerFiltersSchema.safeParse(collected);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = String(issue.path[0] ?? "query");
    return { success: false, error: { param, message: `${param}: ${issue.message}` } };
  }
  const d = parsed.data;
  const unique = <T>(a: T[]) => [...new Set(a)];
  const q = d.q ?? null;
  // Relevance only means something for a search; without one the list reads best by name.
  const sort = d.sort === "relevance" && !q ? "name" : (d.sort ?? (q ? "relevance" : "name"));
  return {
    success: true,
    data: {
      q,
      regions: unique(d.region),
      categories: unique(d.category),
      funders: unique(d.funder),
      course: d.course ?? null,
      returnees: unique(d.returnees),
      minCapacity: d.minCapacity ?? null,
      hasInsertion: d.hasInsertion === undefined ? null : d.hasInsertion === "true",
      unverified: d.unverified === "true",
      sort,
      page: d.page ?? 1,
      pageSize: d.pageSize ?? DEFAULT_PAGE_SIZE,
      format: d.format ?? "json",
      columns: d.columns.length ? unique(["name" as const, ...d.columns]) : null,
    },
  };
}

