import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats-server";
import { getLocalize } from "@/lib/i18n/navigation";
import { cachedCoverageMatrix } from "@/lib/regions/cached";
import { DataTable } from "@/components/data-table/data-table";
import { RegionsMap } from "@/components/map/regions-map";
import { getViewer } from "@/lib/auth/viewer";
import { cachedFundingFigures } from "@/lib/funders/cached";
import { listFunders } from "@/lib/funders/queries";
import { coverageColumns, coverageRows } from "./_components/coverage-columns";
import { FunderRegionMatrix } from "./_components/funder-region-matrix";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("regions"))("title") };
}

/** Region × category: where the directory has partners, and how many people they can take. */
export default async function RegionsPage() {
  const t = await getTranslations("regions");
  const tCategory = await getTranslations("categories");
  const tm = await getTranslations("map");
  const [formats, localize] = await Promise.all([getFormats(), getLocalize()]);
  const [matrix, funders] = await Promise.all([cachedCoverageMatrix(), getViewer().then((viewer) => listFunders(viewer, cachedFundingFigures))]);

  const { body, footer } = coverageRows(matrix, { national: t("nationalRow"), unplaced: t("unplacedRow"), total: t("categoryTotal") });
  const columns = coverageColumns(
    {
      region: t("region"),
      category: (c) => tCategory(c as "ngo"),
      total: t("total"),
      absorption: t("absorption"),
      cellLink: (count, category, region) => t("cellLink", { count, category, region }),
      ofWhichNational: (count) => t("ofWhichNational", { count }),
      number: (n) => formats.number(n),
      withoutFigure: (count) => t("withoutFigure", { count }),
    },
    matrix.categories,
  );

  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="regions-map" className="mt-6">
        <h2 id="regions-map" className="mb-3 text-lg font-semibold">
          {tm("title")}
        </h2>
        <RegionsMap
          national={matrix.national.total}
          regions={matrix.rows.map((row) => ({
            slug: row.region.slug,
            name: row.region.name,
            // A row counts national partners in every region; the map shows them apart.
            regional: row.total - matrix.national.total,
            href: localize(`/partners?region=${row.region.slug}`),
          }))}
        />
      </section>
      <div className="mt-4">
        <DataTable data={body} footer={footer} columns={columns} getRowId={(r) => r.key} caption={t("caption")} />
      </div>
      <div className="mt-4 max-w-3xl space-y-2 text-sm text-slate-700">
        <p>* {t("footnote.national")}</p>
        <p>{t("footnote.capacity")}</p>
      </div>
      <FunderRegionMatrix directory={funders} />
    </div>
  );
}
