import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import type { InterviewRow } from "@/lib/sources/queries";
import { sourcesHref, type SourcesParams } from "@/lib/sources/schemas";
import { readSort } from "@/lib/table-sort";
import { interviewColumns } from "./interview-columns";
import { TableSearch } from "./table-search";

const ANCHOR = "interviews";

export async function InterviewsTable({ rows, total, params }: { rows: InterviewRow[]; total: number; params: SourcesParams }) {
  const t = await getTranslations("sources");
  const tTable = await getTranslations("common.table");
  const columns = interviewColumns(
    {
      header: (id) => t(`interviews.${id}`),
      sortAction: (column, descending) => tTable(descending ? "sortDescending" : "sortAscending", { column }),
      duplicate: t("interviews.duplicate"),
      duplicateHelp: t("interviews.duplicateHelp"),
      noDate: t("interviews.noDate"),
      lines: (start, end) => t("lines", { start, end }),
    },
    { current: params.isort, hrefFor: (isort) => sourcesHref(params, { isort }, `#${ANCHOR}`) },
  );
  return (
    <section aria-labelledby={ANCHOR} className="mt-6">
      <h2 id={ANCHOR} className="text-lg font-semibold">
        {t("interviews.heading")}
      </h2>
      <TableSearch param="iq" params={params} label={t("interviews.searchLabel")} anchor={ANCHOR} />
      <p className="mt-2 mb-2 text-sm text-slate-600" aria-live="polite">
        {t("count", { shown: rows.length, total })}
      </p>
      <DataTable
        data={rows}
        columns={columns}
        getRowId={(r) => String(r.position)}
        caption={t("interviews.caption")}
        sort={readSort(params.isort)}
        rowClassName={(r) => (r.duplicate ? "bg-amber-50" : undefined)}
        bodyLang="fr"
        empty={t("empty", { q: params.iq })}
      />
    </section>
  );
}
