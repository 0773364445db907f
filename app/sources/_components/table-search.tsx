import { Link, localized } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { DEFAULT_SOURCES_PARAMS, sourcesHref, type SourcesParams } from "@/lib/sources/schemas";

/**
 * A GET search form for one table: the other table's state rides along in
 * hidden inputs, so filtering one never resets the other. Works without JS.
 */
export async function TableSearch({ param, params, label, anchor }: { param: "iq" | "dq"; params: SourcesParams; label: string; anchor: string }) {
  const [t, action] = await Promise.all([getTranslations("sources"), localized(`/sources#${anchor}`)]);
  const hidden = (Object.keys(params) as (keyof SourcesParams)[]).filter((k) => k !== param && params[k] !== DEFAULT_SOURCES_PARAMS[k]);
  const q = params[param];
  return (
    <form method="get" action={action} role="search" className="no-print mt-2 flex flex-wrap items-end gap-2">
      {hidden.map((k) => (
        <input key={k} type="hidden" name={k} value={params[k]} />
      ))}
      <div className="flex flex-col">
        <label htmlFor={param} className="text-sm text-slate-700">
          {label}
        </label>
        <input id={param} name={param} type="search" defaultValue={q} maxLength={200} className="w-72 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm" />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
        {t("searchSubmit")}
      </button>
      {q && (
        <Link href={sourcesHref(params, { [param]: "" }, `#${anchor}`)} className="text-sm text-brand-700 underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
