import { z } from "zod";
import { sortValues, type SortValue } from "../table-sort";

/**
 * URL state of the two /sources tables, one prefix each (i… interviews, d…
 * documents) so both can be searched and sorted at once and shared as a link.
 * Sorts follow the app's one convention (lib/table-sort.ts: `isort=date`,
 * `isort=-date`). A value that cannot be read is dropped on its own and named
 * (the page answers 400 with the rest of the view, proxy.ts); pure, no Next.js.
 */

export const INTERVIEW_SORTS = ["position", "actorType", "organisation", "jobTitle", "date"] as const;
export const DOCUMENT_SORTS = ["position", "author", "year", "title"] as const;
export type InterviewSort = (typeof INTERVIEW_SORTS)[number];
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

export const MAX_SEARCH_LENGTH = 200;

export interface SourcesParams {
  iq: string;
  isort: SortValue<InterviewSort>;
  dq: string;
  dsort: SortValue<DocumentSort>;
}

export const DEFAULT_SOURCES_PARAMS: SourcesParams = { iq: "", isort: "position", dq: "", dsort: "position" };
const KEYS = Object.keys(DEFAULT_SOURCES_PARAMS) as (keyof SourcesParams)[];

/** Why a value was dropped: a message key (sources.invalid.problems). */
export type SourcesParamProblem = "repeated" | "tooLong" | "controlCharacters" | "unknownSort";

export interface SourcesParamError {
  param: keyof SourcesParams;
  problem: SourcesParamProblem;
  /** The value as given, shortened for display (empty for control characters: they do not print). */
  value: string;
}

const search = z
  .string()
  .max(MAX_SEARCH_LENGTH, { error: "tooLong" })
  // PostgreSQL text cannot hold NUL (issue 9: /sources?iq=%00); no control character is a real search.
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { error: "controlCharacters" })
  .transform((v) => v.trim());

const FIELDS: Record<keyof SourcesParams, z.ZodType<string>> = {
  iq: search,
  isort: z.enum(sortValues(INTERVIEW_SORTS), { error: "unknownSort" }),
  dq: search,
  dsort: z.enum(sortValues(DOCUMENT_SORTS), { error: "unknownSort" }),
};

/** The sort keys a sort parameter accepts, for the message naming a bad one. */
export const SORT_KEYS_OF = { isort: INTERVIEW_SORTS, dsort: DOCUMENT_SORTS } as const;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(input: RawParams, key: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(key) : input[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  // An empty value (an untouched GET form field) counts as absent.
  return list.filter((v) => v !== "");
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Every parameter that reads, the defaults for the others, and what was dropped. Unknown parameters are ignored. */
export function parseSourcesParams(input: RawParams): { data: SourcesParams; errors: SourcesParamError[] } {
  const data = { ...DEFAULT_SOURCES_PARAMS } as Record<keyof SourcesParams, string>;
  const errors: SourcesParamError[] = [];
  for (const key of KEYS) {
    const values = valuesOf(input, key);
    if (values.length === 0) continue;
    if (values.length > 1) {
      errors.push({ param: key, problem: "repeated", value: shorten(values.join(", ")) });
      continue;
    }
    const parsed = FIELDS[key].safeParse(values[0]);
    if (parsed.success) {
      data[key] = parsed.data;
    } else {
      const problem = parsed.error.issues[0].message as SourcesParamProblem;
      errors.push({ param: key, problem, value: problem === "controlCharacters" ? "" : shorten(values[0]) });
    }
  }
  return { data: data as unknown as SourcesParams, errors };
}

/** The /sources URL for `params` with `changes`, leaving defaults out so links stay short. */
export function sourcesHref(params: SourcesParams, changes: Partial<SourcesParams> = {}, hash = ""): string {
  const next = { ...params, ...changes };
  const query = new URLSearchParams();
  for (const key of KEYS) {
    if (next[key] !== DEFAULT_SOURCES_PARAMS[key]) query.set(key, next[key]);
  }
  const qs = query.toString();
  return `/sources${qs ? `?${qs}` : ""}${hash}`;
}

/**
 * Links from before the one sort convention carried the direction apart
 * (`isort=date&idir=desc`): the same view in today's form (`isort=-date`),
 * or null when the link has no `idir`/`ddir`. Other parameters are kept as given.
 */
export function legacySourcesHref(input: URLSearchParams): string | null {
  if (!input.has("idir") && !input.has("ddir")) return null;
  const next = new URLSearchParams();
  for (const [key, value] of input) {
    if (key === "idir" || key === "ddir") continue;
    const dir = key === "isort" ? input.get("idir") : key === "dsort" ? input.get("ddir") : null;
    next.append(key, dir === "desc" && value !== "" && !value.startsWith("-") ? `-${value}` : value);
  }
  const qs = next.toString();
  return `/sources${qs ? `?${qs}` : ""}`;
}

/** A LIKE pattern matching `q` anywhere, with the user's % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
