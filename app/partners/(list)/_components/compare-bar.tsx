"use client";

import Link from "next/link";
import { useRowSelection } from "@/components/data-table/use-row-selection";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { MAX_COMPARED as MAX, MIN_COMPARED as MIN, compareHref } from "@/lib/partners/compare-link";

export interface CompareLabels {
  /** "Comparer ({count})". */
  button: string;
  hint: string;
  tooMany: string;
  clear: string;
}

/**
 * The list's one client island: the rows ticked in the server-rendered table
 * (`children`) and "Compare (n)", enabled for 2 to 4 of them, linking to
 * /compare?partners=a,b (`href`: /compare in the page's language). Strings come translated from the server, so the page
 * ships no i18n runtime for it.
 */
export function CompareSelection({ labels, href, children }: { labels: CompareLabels; href: string; children: React.ReactNode }) {
  const { scope, selected, onChange, clear } = useRowSelection();
  const n = selected.length;
  const ready = n >= MIN && n <= MAX;
  const button = fillTemplate(labels.button, { count: n });
  const buttonClass = "rounded px-3 py-1 text-sm font-medium";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {ready ? (
          <Link href={compareHref(selected, { base: href })} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}>
            {button}
          </Link>
        ) : (
          <span aria-disabled="true" className={`${buttonClass} cursor-not-allowed bg-slate-200 text-slate-600`}>
            {button}
          </span>
        )}
        <span aria-live="polite" className="text-slate-600">
          {n > MAX ? labels.tooMany : !ready ? labels.hint : null}
        </span>
        {n > 0 && (
          <button type="button" onClick={clear} className="text-brand-700 underline">
            {labels.clear}
          </button>
        )}
      </div>
      <div ref={scope} onChange={onChange}>
        {children}
      </div>
    </div>
  );
}
