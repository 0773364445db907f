import { getTranslations } from "next-intl/server";
import type { DocumentRow } from "@/lib/sources/queries";
import type { SourcesParams } from "@/lib/sources/schemas";
import { SortHeader, TableSearch } from "./table-controls";

const ANCHOR = "documents";

export async function DocumentsTable({ rows, total, params }: { rows: DocumentRow[]; total: number; params: SourcesParams }) {
  const t = await getTranslations("sources");
  const columns = ["position", "author", "year", "title"] as const;
  return (
    <section aria-labelledby={ANCHOR} className="mt-10">
      <h2 id={ANCHOR} className="text-lg font-semibold">
        {t("documents.heading")}
      </h2>
      <TableSearch prefix="d" params={params} label={t("documents.searchLabel")} anchor={ANCHOR} />
      <p className="mt-2 text-sm text-slate-600" aria-live="polite">
        {t("count", { shown: rows.length, total })}
      </p>
      <div className="mt-2 overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("documents.caption")}</caption>
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              {columns.map((c) => (
                <SortHeader key={c} prefix="d" column={c} label={t(`documents.${c}`)} params={params} anchor={ANCHOR} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" lang="fr">
            {rows.map((r) => (
              <tr key={r.position} className="align-top">
                <td className="px-3 py-2 tabular-nums">{r.position}</td>
                <td className="px-3 py-2">{r.author}</td>
                <td className="px-3 py-2 tabular-nums">{r.year ?? "—"}</td>
                <td className="px-3 py-2">
                  {r.title}
                  {r.lines && <span className="block text-xs text-slate-600">{t("lines", { start: r.lines[0], end: r.lines[1] })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="px-3 py-4 text-sm text-slate-700">{t("empty", { q: params.dq })}</p>}
      </div>
    </section>
  );
}
