import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "@/lib/i18n/server-hooks";
import type { PartnerDetail } from "@/lib/partners/types";
import { SourceRef } from "@/components/fiche/source-ref";
import { LocatorMap } from "@/components/map/locator-map";

/** Name, acronym, category and where the partner works. */
export function FicheHeader({ partner }: { partner: PartnerDetail }) {
  const t = useTranslations("partner");
  const tCategory = useTranslations("categories");
  return (
    <header className="flex flex-col gap-4 border-b border-slate-200 pb-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="text-sm text-slate-600">
          {partner.number != null && <span>{t("fiche", { number: partner.number })} · </span>}
          <SourceRef prefix="FP" number={partner.number} lines={partner.lines} />
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">
          <span lang="fr">{partner.displayName || partner.name}</span>
          {partner.acronym && !(partner.displayName || partner.name).includes(partner.acronym) && (
            <span className="ml-2 text-lg font-normal text-slate-600">({partner.acronym})</span>
          )}
        </h1>
        {partner.displayName && partner.displayName !== partner.name && (
          <p className="text-sm text-slate-600" lang="fr">
            {partner.name}
          </p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <Link
            href={`/partners?category=${partner.category}`}
            className="rounded-full bg-brand-100 px-3 py-0.5 font-medium text-brand-800 hover:underline"
          >
            {tCategory(partner.category)}
          </Link>
          <span className="sr-only">{t("regionsLabel")} :</span>
          {partner.national && (
            <span className="rounded-full bg-accent-500/15 px-3 py-0.5 font-medium text-slate-900">{t("national")}</span>
          )}
          {/* The flag is a reading of the fiche: its own words stand beside it (UNICEF: "Ville : National", five regions). */}
          {partner.national && partner.nationalText && (
            <span className="text-slate-700" data-testid="national-words">
              <span className="sr-only">{t("nationalWords")} : </span>
              <q lang="fr">{partner.nationalText}</q>
            </span>
          )}
          {partner.regions.map((r) => (
            <Link key={r.slug} href={`/partners?region=${r.slug}`} className="rounded-full border border-slate-300 px-3 py-0.5 text-slate-800 hover:bg-brand-50">
              {r.name}
            </Link>
          ))}
          {!partner.national && partner.regions.length === 0 && <span className="text-slate-600">{t("noRegion")}</span>}
        </div>
      </div>
      <LocatorMap regions={partner.regions} national={partner.national} />
    </header>
  );
}
