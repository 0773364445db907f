import { getTranslations } from "next-intl/server";
import type { InterviewRow } from "@/lib/sources/queries";
import type { SourcesParams } from "@/lib/sources/schemas";
import { Term } from "@/components/i18n/term";
import { SortHeader, TableSearch } from "./table-controls";

const ANCHOR = "interviews";

export async function InterviewsTable({ rows, total, params }: { rows: InterviewRow[]; total: number; params: SourcesParams }) {
  const t = await getTranslations("sources");
  const columns = ["position", "actorType", "organisation", "jobTitle", "date"] as const;
  return (
    <section aria-labelledby={ANCHOR} className="mt-6">
      <h2 id={ANCHOR} className="text-lg font-semibold">
        {t("interviews.heading")}
      </h2>
      <TableSearch prefix="i" params={params} label={t("interviews.searchLabel")} anchor={ANCHOR} />
      <p className="mt-2 text-sm text-slate-600" aria-live="polite">
        {t("count", { shown: rows.length, total })}
      </p>
      <div className="mt-2 overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("interviews.caption")}</caption>
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              {columns.map((c) => (
                <SortHeader key={c} prefix="i" column={c} label={t(`interviews.${c}`)} params={params} anchor={ANCHOR} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" lang="fr">
            {rows.map((r) => (
              <tr key={r.position} className={r.duplicate ? "bg-amber-50 align-top" : "align-top"}>
                <td className="px-3 py-2 tabular-nums">{r.position}</td>
                <td className="px-3 py-2">{r.actorType && <Term group="actorTypes" value={r.actorType} />}</td>
                <td className="px-3 py-2">
                  {r.organisation}
                  {r.duplicate && (
                    <span className="ml-2 inline-block rounded bg-amber-200 px-1.5 text-xs font-medium text-amber-900" title={t("interviews.duplicateHelp")}>
                      {t("interviews.duplicate")}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2">{r.jobTitle}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  {r.date ? r.date.split("-").reverse().join("/") : <span className="text-slate-600">{t("interviews.noDate")}</span>}
                  {r.lines && <span className="block text-xs text-slate-600">{t("lines", { start: r.lines[0], end: r.lines[1] })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="px-3 py-4 text-sm text-slate-700">{t("empty", { q: params.iq })}</p>}
      </div>
    </section>
  );
}
