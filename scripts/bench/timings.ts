/** Summaries of per-URL statement timings (./profile-mix.ts): pure, unit-tested. */

export interface UrlTiming {
  url: string;
  /** Median wall time of the page read (`listPartners`), ms. */
  page: number;
  /** Median wall time of the facet read (`getPartnerFacets`), ms. */
  facets: number;
}

/** The nearest-rank percentile `p` (0–100) of `values`; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface Distribution {
  p50: number;
  p90: number;
  p975: number;
  max: number;
  /** Sum over the URLs: the database time of one pass over the mix, one URL at a time. */
  total: number;
}

export function distribution(values: readonly number[]): Distribution {
  return {
    p50: percentile(values, 50),
    p90: percentile(values, 90),
    p975: percentile(values, 97.5),
    max: percentile(values, 100),
    total: values.reduce((s, v) => s + v, 0),
  };
}

/** The `n` URLs whose page + facets cost the most, costliest first. */
export function slowest(timings: readonly UrlTiming[], n: number): UrlTiming[] {
  return [...timings].sort((a, b) => b.page + b.facets - (a.page + a.facets)).slice(0, n);
}

/** Printable lines: one distribution per statement (and their sum), then the slowest URLs. */
export function formatProfile(label: string, timings: readonly UrlTiming[], top = 10): string[] {
  const f = (n: number) => n.toFixed(1).padStart(7);
  const row = (name: string, d: Distribution) =>
    `  ${name.padEnd(13)}${f(d.p50)}${f(d.p90)}${f(d.p975)}${f(d.max)}  ${(d.total / 1000).toFixed(2).padStart(6)} s`;
  return [
    `${label}: ${timings.length} URLs, ms per URL (median of the repetitions)`,
    `  ${"".padEnd(13)}${"p50".padStart(7)}${"p90".padStart(7)}${"p97.5".padStart(7)}${"max".padStart(7)}  ${"sum".padStart(8)}`,
    row("page", distribution(timings.map((t) => t.page))),
    row("facets", distribution(timings.map((t) => t.facets))),
    row("page+facets", distribution(timings.map((t) => t.page + t.facets))),
    `  slowest (page + facets):`,
    ...slowest(timings, top).map((t) => `  ${f(t.page)}${f(t.facets)}  ${t.url}`),
  ];
}
