import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DonorDetail } from "@/lib/donors/types";
import { Coverage } from "@/components/fiche/coverage";

/** Partners whose fiche names this donor's funder: one click from donor to partner. */
export async function FundedPartners({ donor }: { donor: DonorDetail }) {
  const t = await getTranslations("donors.funded");
  const tCategory = await getTranslations("categories");
  const tf = await getTranslations("partner.funders");
  const funder = donor.funder;
  return (
    <section aria-labelledby="funded-title" className="mt-6">
      <h2 id="funded-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {!funder ? (
        <p className="mt-2 text-sm text-slate-700">{t("noFunder")}</p>
      ) : donor.fundedPartners.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("none")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            {t("intro", { funder: funder.name })}{" "}
            <Link href={`/partners?funder=${funder.slug}`} className="no-print text-brand-700 underline">
              {t("listLink")}
            </Link>
          </p>
          <div className="mt-2 overflow-x-auto rounded border border-slate-200 bg-white">
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t("caption", { funder: funder.name })}</caption>
              <thead className="bg-slate-100 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("partner")}</th>
                  <th scope="col" className="px-3 py-2">{t("category")}</th>
                  <th scope="col" className="px-3 py-2">{t("regions")}</th>
                  <th scope="col" className="px-3 py-2">{t("when")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {donor.fundedPartners.map((p) => (
                  <tr key={p.slug} className="align-top">
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      <Link href={`/partners/${p.slug}`} className="text-brand-700 underline" lang="fr">
                        {p.name}
                      </Link>
                      {p.mentions.length > 0 && (
                        <span className="block text-xs font-normal text-slate-600" lang="fr">
                          « {p.mentions.join(" ; ")} »
                        </span>
                      )}
                      {p.inferredVia.length > 0 && (
                        <span className="block text-xs font-normal italic text-slate-600">
                          {tf("viaInferred", { programmes: p.inferredVia.join(", ") })}
                        </span>
                      )}
                    </th>
                    <td className="px-3 py-2">{tCategory(p.category)}</td>
                    <td className="px-3 py-2">
                      <Coverage national={p.national} regions={p.regions} />
                    </td>
                    <td className="px-3 py-2">{p.current && p.past ? t("currentAndPast") : p.current ? t("current") : t("past")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
