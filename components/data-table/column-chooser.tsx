"use client";

import { useRouter } from "next/navigation";

export interface ColumnOption {
  id: string;
  label: string;
  /** Always shown (e.g. the name that links to the record). */
  required?: boolean;
}

/**
 * Choose the visible columns; the choice lives in the URL (`columns=a,b`), so a
 * shared link shows the same columns. A plain GET form without JavaScript;
 * with it, each tick updates the URL at once.
 */
export function ColumnChooser({
  action,
  params,
  paramName = "columns",
  options,
  visible,
  labels,
}: {
  action: string;
  /** The current query string without the columns parameter. */
  params: string;
  paramName?: string;
  options: ColumnOption[];
  visible: string[];
  labels: { summary: string; apply: string };
}) {
  const router = useRouter();
  const hidden = [...new URLSearchParams(params)];

  function onChange(event: React.ChangeEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const chosen = new FormData(form).getAll(paramName).map(String);
    const next = new URLSearchParams(params);
    const all = options.every((o) => o.required || chosen.includes(o.id));
    // Every column shown is the default view: keep the link short.
    if (!all) next.set(paramName, [...options.filter((o) => o.required).map((o) => o.id), ...chosen].join(","));
    const query = next.toString();
    router.push(query ? `${action}?${query}` : action, { scroll: false });
  }

  return (
    <details className="relative">
      <summary className="cursor-pointer rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50">
        {labels.summary}
      </summary>
      <form
        key={visible.join(",")}
        method="get"
        action={action}
        onChange={onChange}
        className="absolute right-0 z-10 mt-1 w-56 space-y-1 rounded border border-slate-200 bg-white p-3 text-sm shadow"
      >
        {hidden.map(([key, value], i) => (
          <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
        ))}
        <fieldset>
          <legend className="sr-only">{labels.summary}</legend>
          {options.map((o) => (
            <label key={o.id} className="flex items-center gap-2 py-0.5">
              <input
                type="checkbox"
                name={paramName}
                value={o.id}
                defaultChecked={o.required || visible.includes(o.id)}
                disabled={o.required}
                className="h-4 w-4 accent-brand-700"
              />
              {o.label}
            </label>
          ))}
        </fieldset>
        <noscript>
          <button type="submit" className="mt-2 rounded bg-brand-700 px-3 py-1 text-white">
            {labels.apply}
          </button>
        </noscript>
      </form>
    </details>
  );
}
