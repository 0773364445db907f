import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { listDonors } from "@/lib/donors/queries";
import { Coverage } from "@/components/fiche/coverage";
import { Term } from "@/components/i18n/term";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("donors"))("title") };
}

/** The report's actor fiches, one row each: "who funds what, where" starts here. */
export default async function DonorsPage() {
  const t = await getTranslations("donors");
  const donors = await listDonors(await getViewer());
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        {t("intro", { count: donors.length })}{" "}
        <Link href="/funders" className="text-brand-700 underline">
          {t("allFunders")}
        </Link>
      </p>
      <div className="mt-4 overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("table.caption")}</caption>
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">{t("table.name")}</th>
              <th scope="col" className="px-3 py-2">{t("table.themes")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("table.projects")}</th>
              <th scope="col" className="px-3 py-2">{t("table.zones")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("table.partners")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {donors.map((d) => (
              <tr key={d.slug} className="align-top hover:bg-brand-50">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={`/donors/${d.slug}`} className="text-brand-700 underline" lang="fr">
                    {d.displayName}
                  </Link>
                  {d.acronym && !d.displayName.includes(d.acronym) && <span className="text-slate-600"> ({d.acronym})</span>}
                </th>
                <td className="px-3 py-2">
                  <ul className="list-inside list-disc">
                    {d.themes.map((theme) => (
                      <li key={theme}>
                        <Term group="donorThemes" value={theme} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{d.projectCount}</td>
                <td className="px-3 py-2">
                  <Coverage national={d.national} regions={d.regions} fallback={d.regionText} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{d.fundedPartnerCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
