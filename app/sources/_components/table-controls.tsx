import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SourcesParams } from "@/lib/sources/schemas";
import { sourcesHref } from "./url";

type Prefix = "i" | "d";

/**
 * A GET search form for one table: the other table's state rides along in
 * hidden inputs, so filtering one never resets the other. Works without JS.
 */
export async function TableSearch({ prefix, params, label, anchor }: { prefix: Prefix; params: SourcesParams; label: string; anchor: string }) {
  const t = await getTranslations("sources");
  const own = new Set([`${prefix}q`]);
  const hidden = (Object.entries(params) as [keyof SourcesParams, string][]).filter(([k, v]) => !own.has(k) && v !== "" && !(k.endsWith("sort") && v === "position") && !(k.endsWith("dir") && v === "asc"));
  const q = params[`${prefix}q`];
  return (
    <form method="get" action={`/sources#${anchor}`} role="search" className="no-print mt-2 flex flex-wrap items-end gap-2">
      {hidden.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="flex flex-col">
        <label htmlFor={`${prefix}q`} className="text-sm text-slate-700">
          {label}
        </label>
        <input
          id={`${prefix}q`}
          name={`${prefix}q`}
          type="search"
          defaultValue={q}
          className="w-72 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
        />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
        {t("searchSubmit")}
      </button>
      {q && (
        <Link href={sourcesHref(params, { [`${prefix}q`]: "" }, `#${anchor}`)} className="text-sm text-brand-700 underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}

/** A column header that sorts by its column; a second click reverses the order. */
export async function SortHeader<S extends string>({
  prefix,
  column,
  label,
  params,
  anchor,
  className = "",
}: {
  prefix: Prefix;
  column: S;
  label: string;
  params: SourcesParams;
  anchor: string;
  className?: string;
}) {
  const t = await getTranslations("sources");
  const sortKey = `${prefix}sort` as "isort" | "dsort";
  const dirKey = `${prefix}dir` as "idir" | "ddir";
  const active = params[sortKey] === column;
  const dir = params[dirKey];
  const nextDir = active && dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={`px-3 py-2 ${className}`}>
      <Link
        href={sourcesHref(params, { [sortKey]: column, [dirKey]: nextDir } as Partial<SourcesParams>, `#${anchor}`)}
        className="inline-flex items-center gap-1 hover:underline"
      >
        {label}
        <span aria-hidden="true" className="text-xs">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">
          {" "}
          — {t("sortBy", { column: label })}, {t(nextDir === "asc" ? "ascending" : "descending")}
        </span>
      </Link>
    </th>
  );
}
