import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats-server";
import { getCoverageMatrix } from "@/lib/regions/queries";
import type { CapacityTotal } from "@/lib/regions/matrix";
import { RegionsMap } from "@/components/map/regions-map";
import { getViewer } from "@/lib/auth/viewer";
import { listFunders } from "@/lib/funders/queries";
import { FunderRegionMatrix } from "./_components/funder-region-matrix";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("regions"))("title") };
}

/** Region × category: where the directory has partners, and how many people they can take. */
export default async function RegionsPage() {
  const t = await getTranslations("regions");
  const tCategory = await getTranslations("categories");
  const tm = await getTranslations("map");
  const formats = await getFormats();
  const [matrix, funders] = await Promise.all([getCoverageMatrix(), getViewer().then(listFunders)]);

  const capacity = (c: CapacityTotal) => (
    <>
      {c.withFigure > 0 ? <span className="font-medium tabular-nums">{formats.number(c.sum)}</span> : <span aria-hidden="true">—</span>}
      {c.withoutFigure > 0 && <span className="block text-xs text-slate-600">{t("withoutFigure", { count: c.withoutFigure })}</span>}
    </>
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
            href: `/partners?region=${row.region.slug}`,
          }))}
        />
      </section>
      <div className="mt-4 overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2 text-left">{t("region")}</th>
              {matrix.categories.map((c) => (
                <th key={c} scope="col" className="px-2 py-2 text-right align-bottom font-medium">
                  {tCategory(c)}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right align-bottom">{t("total")}</th>
              <th scope="col" className="px-2 py-2 text-right align-bottom">{t("absorption")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {matrix.rows.map((row) => (
              <tr key={row.region.slug} className="hover:bg-brand-50">
                <th scope="row" className="px-2 py-2 text-left font-medium">
                  <Link href={`/partners?region=${row.region.slug}`} className="text-brand-700 underline">
                    {row.region.name}
                  </Link>
                </th>
                {matrix.categories.map((c) => {
                  const count = row.cells[c] ?? 0;
                  const national = row.nationalCells[c] ?? 0;
                  return (
                    <td key={c} className="px-2 py-2 text-right tabular-nums">
                      {count === 0 ? (
                        <span className="text-slate-500">0</span>
                      ) : (
                        <Link
                          href={`/partners?region=${row.region.slug}&category=${c}`}
                          aria-label={`${t("cellLink", { count, category: tCategory(c), region: row.region.name })}${national > 0 ? `, ${t("ofWhichNational", { count: national })}` : ""}`}
                          className="inline-block min-w-8 rounded px-1 font-medium text-brand-700 underline hover:bg-brand-100"
                        >
                          {count}
                          {national > 0 && <span aria-hidden="true">*</span>}
                        </Link>
                      )}
                    </td>
                  );
                })}
                <td className="px-2 py-2 text-right font-semibold tabular-nums">{row.total}</td>
                <td className="px-2 py-2 text-right">{capacity(row.absorption)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 bg-slate-50">
            <tr>
              <th scope="row" className="px-2 py-2 text-left font-medium">{t("nationalRow")}</th>
              {matrix.categories.map((c) => (
                <td key={c} className="px-2 py-2 text-right tabular-nums">{matrix.national.cells[c] ?? 0}</td>
              ))}
              <td className="px-2 py-2 text-right font-semibold tabular-nums">{matrix.national.total}</td>
              <td className="px-2 py-2 text-right">{capacity(matrix.national.absorption)}</td>
            </tr>
            {matrix.unplaced.total > 0 && (
              <tr>
                <th scope="row" className="px-2 py-2 text-left font-medium">{t("unplacedRow")}</th>
                {matrix.categories.map((c) => (
                  <td key={c} className="px-2 py-2 text-right tabular-nums">{matrix.unplaced.cells[c] ?? 0}</td>
                ))}
                <td className="px-2 py-2 text-right font-semibold tabular-nums">{matrix.unplaced.total}</td>
                <td />
              </tr>
            )}
            <tr>
              <th scope="row" className="px-2 py-2 text-left font-medium">{t("categoryTotal")}</th>
              {matrix.categories.map((c) => (
                <td key={c} className="px-2 py-2 text-right font-semibold tabular-nums">
                  <Link href={`/partners?category=${c}`} className="text-brand-700 underline">
                    {matrix.categoryTotals[c] ?? 0}
                  </Link>
                </td>
              ))}
              <td className="px-2 py-2 text-right font-semibold tabular-nums">{matrix.partnerCount}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="mt-4 max-w-3xl space-y-2 text-sm text-slate-700">
        <p>* {t("footnote.national")}</p>
        <p>{t("footnote.capacity")}</p>
      </div>
      <FunderRegionMatrix directory={funders} />
    </div>
  );
}
