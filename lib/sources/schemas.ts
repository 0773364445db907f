import { z } from "zod";

/**
 * URL state of the two /sources tables, one prefix each (i… interviews, d…
 * documents) so both can be searched and sorted at once and shared as a link.
 * Anything unexpected falls back to the default: a bad link still shows the table.
 */
const direction = z.enum(["asc", "desc"]).catch("asc");
const search = z
  .string()
  .trim()
  .max(200)
  // PostgreSQL text cannot hold NUL (issue 9: /sources?iq=%00 was a 500).
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "controlCharacters")
  .catch("")
  .default("");

export const INTERVIEW_SORTS = ["position", "actorType", "organisation", "jobTitle", "date"] as const;
export const DOCUMENT_SORTS = ["position", "author", "year", "title"] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const SourcesParamsSchema = z.object({
  iq: z.preprocess(first, search),
  isort: z.preprocess(first, z.enum(INTERVIEW_SORTS).catch("position").default("position")),
  idir: z.preprocess(first, direction.default("asc")),
  dq: z.preprocess(first, search),
  dsort: z.preprocess(first, z.enum(DOCUMENT_SORTS).catch("position").default("position")),
  ddir: z.preprocess(first, direction.default("asc")),
});

export type SourcesParams = z.infer<typeof SourcesParamsSchema>;
export type InterviewSort = (typeof INTERVIEW_SORTS)[number];
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

export function parseSourcesParams(searchParams: Record<string, string | string[] | undefined>): SourcesParams {
  return SourcesParamsSchema.parse(searchParams);
}

/** A LIKE pattern matching `q` anywhere, with the user's % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
