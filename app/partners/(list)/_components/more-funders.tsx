"use client";

import { useState } from "react";
import type { FacetValue } from "@/lib/partners/queries";
import { FacetBox } from "./facet-group";

/**
 * The funders beyond the first few, fetched when their <details> opens
 * (./facets/route.ts, the same view's counts): over a hundred boxes would
 * otherwise be most of the list page (issue 8). The boxes join the filter form
 * like the others (its change listener applies them). Without JavaScript, or if
 * the request fails, the panel links to the page of every funder instead.
 */
export function MoreFunders({
  src,
  exclude,
  summary,
  countTemplate,
  lang,
  loading,
  fallback,
}: {
  src: string;
  /** Funders already shown as boxes. */
  exclude: string[];
  summary: string;
  /** "({count})" */
  countTemplate: string;
  /** The names' language when it is not the page's (./facet-group.tsx). */
  lang?: "fr";
  loading: string;
  fallback: { href: string; label: string };
}) {
  const [items, setItems] = useState<FacetValue[] | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");

  function load() {
    if (state === "loading" || items) return;
    setState("loading");
    fetch(src)
      .then((r) => (r.ok ? (r.json() as Promise<{ funder: FacetValue[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => setItems(data.funder.filter((f) => !exclude.includes(f.value))))
      .catch(() => setState("failed"));
  }

  return (
    <details className="mt-1" onToggle={(e) => e.currentTarget.open && load()}>
      <summary className="cursor-pointer text-brand-700">{summary}</summary>
      {items ? (
        items.map((v) => (
          <FacetBox key={v.value} name="funder" option={[v.value, v.label, v.count]} checked={false} countTemplate={countTemplate} lang={lang} />
        ))
      ) : state === "loading" ? (
        <p role="status" className="text-xs text-slate-600">
          {loading}
        </p>
      ) : (
        <a href={fallback.href} className="text-brand-700 underline">
          {fallback.label}
        </a>
      )}
    </details>
  );
}
