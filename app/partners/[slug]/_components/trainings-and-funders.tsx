import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "@/lib/i18n/server-hooks";
import type { PartnerDetail } from "@/lib/partners/types";

/** The courses a centre teaches, with their duration. */
export function TrainingsList({ trainings }: { trainings: PartnerDetail["trainings"] }) {
  const t = useTranslations("partner.trainings");
  if (trainings.length === 0) return null;
  return (
    <section aria-labelledby="trainings-title" className="mt-6">
      <h2 id="trainings-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {trainings.map((tr, i) => (
          <li key={i} className="flex justify-between gap-2 rounded border border-slate-200 bg-white px-3 py-1.5 text-sm">
            <span lang="fr">{tr.name}</span>
            <span className="shrink-0 text-slate-600">
              {tr.durationMonths != null ? t("months", { months: tr.durationMonths }) : t("durationUnknown")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Current and past funders. A funder with a donor fiche links there ("who funds
 * what, where"); any other links to the list filtered on that funder.
 */
export function FundersList({ funders }: { funders: PartnerDetail["funders"] }) {
  const t = useTranslations("partner.funders");
  const groups = [
    { key: "current", items: funders.filter((f) => f.current) },
    { key: "past", items: funders.filter((f) => !f.current) },
  ] as const;
  return (
    <section aria-labelledby="funders-title" className="mt-6">
      <h2 id="funders-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {funders.length === 0 && <p className="mt-2 text-sm text-slate-700">{t("none")}</p>}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <div key={g.key} className="mt-2">
            <h3 className="text-sm font-medium text-slate-600">{t(g.key)}</h3>
            <ul className="funder-chips">
              {g.items.map((f) => (
                <li key={`${f.slug}-${g.key}`}>
                  {f.donor ? (
                    <Link href={`/donors/${f.donor.slug}`}>
                      <span lang="fr">{f.name}</span>
                      <span className="sr-only"> ({t("donorFiche")})</span>
                    </Link>
                  ) : (
                    <Link href={`/partners?funder=${f.slug}`}>
                      <span lang="fr">{f.name}</span>
                      <span className="sr-only"> ({t("otherPartners")})</span>
                    </Link>
                  )}
                  {f.programme && !f.inferred && <span className="text-slate-600"> · {f.programme}</span>}
                  {/* The fiche names only the programme: the funder is our inference, and says so. */}
                  {f.programme && f.inferred && (
                    <span className="text-slate-600" title={t("inferredHint")}>
                      {" "}
                      · {t("via", { programme: f.programme })}{" "}
                      <span className="rounded bg-slate-100 px-1 text-xs italic">{t("inferred")}</span>
                      <span className="sr-only"> ({t("inferredHint")})</span>
                    </span>
                  )}
                  {f.text !== f.name && f.text !== f.programme && (
                    <span className="block text-xs text-slate-600" lang="fr">
                      « {f.text} »
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
