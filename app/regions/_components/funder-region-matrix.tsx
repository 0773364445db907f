import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FunderDirectory } from "@/lib/funders/queries";

const MIN_PARTNERS = 2;

/**
 * Funder × region: how many partners each funder funds in each region, every
 * count a link to the list filtered on both (the same counting rule as the list).
 */
export async function FunderRegionMatrix({ directory }: { directory: FunderDirectory }) {
  const t = await getTranslations("funders.matrix");
  // Funders of a single partner would double the table for little: /funders lists them all.
  const funders = directory.funders.filter((f) => f.partnerCount >= MIN_PARTNERS);
  const others = directory.funders.length - funders.length;
  return (
    <section aria-labelledby="funder-region" className="mt-10">
      <h2 id="funder-region" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      {/* Focusable so that keyboard users can scroll the wide table. */}
      <div role="region" aria-label={t("caption")} tabIndex={0} className="mt-3 max-h-[70vh] overflow-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="sticky top-0 bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2 text-left">{t("funder")}</th>
              {directory.regions.map((r) => (
                <th key={r.slug} scope="col" className="px-2 py-2 text-right align-bottom font-medium">
                  {r.name}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right align-bottom font-medium">{t("national")}</th>
              <th scope="col" className="px-2 py-2 text-right align-bottom">{t("total")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {funders.map((f) => (
              <tr key={f.slug} className="hover:bg-brand-50">
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  <Link href={`/funders/${f.slug}`} className="text-brand-700 underline" lang="fr">
                    {f.name}
                  </Link>
                </th>
                {f.regions.map((r) => (
                  <td key={r.slug} className="px-2 py-1.5 text-right tabular-nums">
                    {r.count === 0 ? (
                      <span className="text-slate-500">0</span>
                    ) : (
                      // The row and column headers name the cell: no per-cell label, the table stays light.
                      <Link
                        href={`/partners?funder=${f.slug}&region=${r.slug}`}
                        className="inline-block min-w-6 rounded px-1 font-medium text-brand-700 underline hover:bg-brand-100"
                      >
                        {r.count}
                        {r.count > r.named && <span aria-hidden="true">*</span>}
                      </Link>
                    )}
                  </td>
                ))}
                <td className="px-2 py-1.5 text-right tabular-nums">{f.national}</td>
                <td className="px-2 py-1.5 text-right font-semibold tabular-nums">
                  <Link href={`/partners?funder=${f.slug}`} className="text-brand-700 underline">
                    {f.partnerCount}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("footnote")}</p>
      {others > 0 && (
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          {t("others", { count: others, min: MIN_PARTNERS })}{" "}
          <Link href="/funders" className="text-brand-700 underline">
            {t("othersLink")}
          </Link>
        </p>
      )}
    </section>
  );
}
