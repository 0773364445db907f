import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import type { DocumentRow } from "@/lib/sources/queries";
import { sourcesHref, type SourcesParams } from "@/lib/sources/schemas";
import { readSort } from "@/lib/table-sort";
import { documentColumns } from "./document-columns";
import { TableSearch } from "./table-search";

const ANCHOR = "documents";

export async function DocumentsTable({ rows, total, params }: { rows: DocumentRow[]; total: number; params: SourcesParams }) {
  const t = await getTranslations("sources");
  const tTable = await getTranslations("common.table");
  const columns = documentColumns(
    {
      header: (id) => t(`documents.${id}`),
      sortAction: (column, descending) => tTable(descending ? "sortDescending" : "sortAscending", { column }),
      lines: (start, end) => t("lines", { start, end }),
    },
    { current: params.dsort, hrefFor: (dsort) => sourcesHref(params, { dsort }, `#${ANCHOR}`) },
  );
  return (
    <section aria-labelledby={ANCHOR} className="mt-10">
      <h2 id={ANCHOR} className="text-lg font-semibold">
        {t("documents.heading")}
      </h2>
      <TableSearch param="dq" params={params} label={t("documents.searchLabel")} anchor={ANCHOR} />
      <p className="mt-2 mb-2 text-sm text-slate-600" aria-live="polite">
        {t("count", { shown: rows.length, total })}
      </p>
      <DataTable
        data={rows}
        columns={columns}
        getRowId={(r) => String(r.position)}
        caption={t("documents.caption")}
        sort={readSort(params.dsort)}
        bodyLang="fr"
        empty={t("empty", { q: params.dq })}
      />
    </section>
  );
}
