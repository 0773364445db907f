import type { SourcesParams } from "@/lib/sources/schemas";

const DEFAULTS: SourcesParams = { iq: "", isort: "position", idir: "asc", dq: "", dsort: "position", ddir: "asc" };

/** The /sources URL for `params` with `changes`, leaving defaults out so links stay short. */
export function sourcesHref(params: SourcesParams, changes: Partial<SourcesParams> = {}, hash = ""): string {
  const next = { ...params, ...changes };
  const query = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof SourcesParams)[]) {
    if (next[key] !== DEFAULTS[key]) query.set(key, String(next[key]));
  }
  const qs = query.toString();
  return `/sources${qs ? `?${qs}` : ""}${hash}`;
}
