import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { COMPARED_FACTS, COMPARE_ROWS, comparableValue, markCompareRow } from "@/lib/partners/compare";
import type { PartnerDetail } from "@/lib/partners/types";
import { CellValue } from "./cell-value";

/** Partners as columns, fields as rows; differences and gaps flagged visually and in words. */
export async function CompareTable({ partners }: { partners: PartnerDetail[] }) {
  const t = await getTranslations("compare");
  const names = partners.map((p) => p.displayName || p.name);
  return (
    <div className="mt-4 overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="min-w-full table-fixed text-sm">
        <caption className="sr-only">{t("caption", { names: names.join(", ") })}</caption>
        <thead className="bg-slate-100 text-left align-bottom">
          <tr>
            <th scope="col" className="w-44 px-3 py-2 text-slate-700">{t("field")}</th>
            {partners.map((p, i) => (
              <th key={p.slug} scope="col" className="px-3 py-2">
                <Link href={`/partners/${p.slug}`} className="font-semibold text-brand-700 underline" lang="fr">
                  {names[i]}
                </Link>
                <Link
                  href={`/compare?partners=${partners.filter((o) => o.slug !== p.slug).map((o) => o.slug).join(",")}`}
                  aria-label={t("remove", { name: names[i] })}
                  className="no-print ml-2 text-xs text-slate-600 hover:text-red-700"
                >
                  ✕
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {COMPARE_ROWS.map((row) => {
            const { differs, missing } = markCompareRow(row, partners.map((p) => comparableValue(row, p)));
            return (
              <tr key={row} data-row={row} data-compared={COMPARED_FACTS.has(row) || undefined}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-700">
                  {t(`rows.${row}`)}
                  {COMPARED_FACTS.has(row) && <span className="block text-xs font-normal text-slate-600">{t("comparedFact")}</span>}
                </th>
                {partners.map((p, i) => (
                  <td
                    key={p.slug}
                    data-differs={differs[i] || undefined}
                    data-missing={missing[i] || undefined}
                    className={
                      missing[i]
                        ? "bg-slate-100 px-3 py-2 italic text-slate-600"
                        : differs[i]
                          ? "border-l-4 border-accent-500 bg-amber-50 px-3 py-2"
                          : "px-3 py-2"
                    }
                  >
                    {missing[i] ? (
                      t("missing")
                    ) : (
                      <>
                        {differs[i] && (
                          <span className="mr-1 font-bold text-amber-800" title={t("differs")}>
                            <span aria-hidden="true">≠</span>
                            <span className="sr-only">{t("differs")} : </span>
                          </span>
                        )}
                        <CellValue row={row} partner={p} />
                      </>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
