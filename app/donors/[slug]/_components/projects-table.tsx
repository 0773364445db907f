import { getTranslations } from "next-intl/server";
import { formatYears } from "@/lib/donors/budget";
import { getFormats } from "@/lib/i18n/formats-server";
import type { DonorDetail } from "@/lib/donors/types";
import { Coverage } from "@/components/fiche/coverage";
import { FieldValue } from "@/components/fiche/field-value";
import { SourceRef } from "@/components/fiche/source-ref";
import { Term } from "@/components/i18n/term";

/** The donor's projects: theme, years, zones and budget (figure and the text it was read from). */
export async function ProjectsTable({ donor }: { donor: DonorDetail }) {
  const [t, formats] = await Promise.all([getTranslations("donors.projects"), getFormats()]);
  return (
    <section aria-labelledby="projects-title" className="mt-6">
      <h2 id="projects-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {donor.projects.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("none")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("caption", { name: donor.displayName })}</caption>
            <thead className="bg-slate-100 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("name")}</th>
                <th scope="col" className="px-3 py-2">{t("theme")}</th>
                <th scope="col" className="px-3 py-2">{t("years")}</th>
                <th scope="col" className="px-3 py-2">{t("zones")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("budget")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {donor.projects.map((p, i) => {
                const budget = p.budget ? formats.money(p.budget.amount, p.budget.currency) : null;
                return (
                  <tr key={i} className="align-top">
                    <th scope="row" className="px-3 py-2 text-left font-medium" lang="fr">
                      {p.name}
                      {p.summary && (
                        <details className="mt-1 font-normal text-slate-700 print:hidden">
                          <summary className="cursor-pointer text-xs text-brand-700">{t("summary")}</summary>
                          <FieldValue value={p.summary} className="mt-1 text-xs" />
                        </details>
                      )}
                      <div className="mt-1 font-normal">
                        <SourceRef prefix="FA" number={donor.number} lines={p.lines} />
                      </div>
                    </th>
                    <td className="px-3 py-2">{p.theme && <Term group="donorThemes" value={p.theme} />}</td>
                    <td className="whitespace-nowrap px-3 py-2">
                      {formatYears(p.startYear, p.endYear) ?? <span lang="fr">{p.duration}</span>}
                    </td>
                    <td className="px-3 py-2">
                      <Coverage national={p.national} regions={p.regions} fallback={p.zoneText} />
                    </td>
                    <td className="px-3 py-2 text-right">
                      {budget && <span className="whitespace-nowrap font-medium tabular-nums">{budget}</span>}
                      {/* Phases or shares: the figure above is their total, each one as the text names it. */}
                      {p.budget && p.budget.parts.length > 0 && (
                        <ul className="mt-1 text-xs text-slate-700" aria-label={t("budgetParts")}>
                          {p.budget.parts.map((part, j) => (
                            <li key={j} className="whitespace-nowrap">
                              <span lang="fr">{part.label}</span>{formats.locale === "fr" ? " : " : ": "}<span className="tabular-nums">{formats.money(part.amount, part.currency)}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                      {p.budget?.text ? (
                        <span className="block text-xs text-slate-600" lang="fr">
                          {p.budget.text}
                        </span>
                      ) : (
                        !budget && <span className="text-slate-600">{t("noBudget")}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
