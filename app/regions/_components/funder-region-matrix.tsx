import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import type { FunderDirectory } from "@/lib/funders/queries";
import { MATRIX_MIN_PARTNERS, matrixRows } from "@/lib/funders/summary";
import { funderRegionColumns } from "./funder-region-columns";

/**
 * Funder × region: how many partners each funder funds in each region, every
 * count a link to the list filtered on both (the same counting rule as the list).
 */
export async function FunderRegionMatrix({ directory }: { directory: FunderDirectory }) {
  const t = await getTranslations("funders.matrix");
  // Funders of a single partner would double the table for little, and a long directory's
  // funders past the row limit would make it a page too heavy for a phone: /funders lists them all.
  const { rows: funders, belowMin, beyondRows } = matrixRows(directory.funders);
  return (
    <section aria-labelledby="funder-region" className="mt-10">
      <h2 id="funder-region" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="mt-3">
        <DataTable
          data={funders}
          columns={funderRegionColumns({ funder: t("funder"), national: t("national"), total: t("total") }, directory.regions)}
          getRowId={(f) => f.slug}
          caption={t("caption")}
          className="max-h-[70vh] overflow-y-auto"
          stickyHeader
        />
      </div>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("footnote")}</p>
      {(belowMin > 0 || beyondRows > 0) && (
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          {beyondRows > 0 && <>{t("beyondRows", { count: beyondRows, shown: funders.length, min: MATRIX_MIN_PARTNERS })} </>}
          {belowMin > 0 && <>{t("others", { count: belowMin, min: MATRIX_MIN_PARTNERS })} </>}
          <Link href="/funders" className="text-brand-700 underline">
            {t("othersLink")}
          </Link>
        </p>
      )}
    </section>
  );
}
