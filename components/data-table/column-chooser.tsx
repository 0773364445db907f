"use client";

import { useRouter } from "next/navigation";

export interface ColumnOption {
  id: string;
  label: string;
  /** Always shown (e.g. the name that links to the record). */
  required?: boolean;
}

/**
 * Choose the visible columns (styled by `.dt-cols`, app/globals.css); the choice lives in the URL (`columns=a,b`), so a
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
  /** The columns shown; every one when left out (the default view). */
  visible?: string[];
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
    <details className="dt-cols">
      <summary>{labels.summary}</summary>
      <form key={visible?.join(",") ?? "all"} method="get" action={action} onChange={onChange}>
        {hidden.map(([key, value], i) => (
          <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
        ))}
        <fieldset>
          <legend className="sr-only">{labels.summary}</legend>
          {options.map((o) => (
            <label key={o.id}>
              <input
                type="checkbox"
                name={paramName}
                value={o.id}
                defaultChecked={o.required || !visible || visible.includes(o.id)}
                disabled={o.required}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
        <noscript>
          <button type="submit">
            {labels.apply}
          </button>
        </noscript>
      </form>
    </details>
  );
}
