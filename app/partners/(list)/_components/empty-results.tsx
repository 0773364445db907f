import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "@/lib/i18n/server-hooks";
import { EmptyState } from "@/components/data-table/empty-state";
import type { PartnerFilters } from "@/lib/partners/filter-params";

/**
 * No match: a better-spelled search when one finds something here
 * (lib/partners/search-suggestion.ts), which filters to loosen, and a way to clear them all.
 */
export function EmptyResults({
  filters,
  clearHref,
  suggestion,
}: {
  filters: PartnerFilters;
  clearHref: string;
  suggestion: { q: string; total: number; href: string } | null;
}) {
  const t = useTranslations("partners.empty");
  const tips = [
    filters.q || filters.course ? t("tipSearch") : null,
    filters.regions.length ? t("tipRegions") : null,
    filters.minCapacity !== null ? t("tipCapacity") : null,
    t("tipFilters"),
  ].filter((tip): tip is string => tip !== null);
  return (
    <EmptyState title={t("title")}>
      {suggestion && (
        <p className="mb-3 text-base" data-suggestion>
          {t("didYouMean")}{" "}
          <Link href={suggestion.href} lang="fr" className="font-medium text-brand-700 underline">
            {suggestion.q}
          </Link>{" "}
          {t("suggestionTotal", { count: suggestion.total })}
        </p>
      )}
      <p>{t("body")}</p>
      <ul className="mt-2 list-inside list-disc text-left">
        {tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <Link href={clearHref} className="mt-4 inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("clear")}
      </Link>
    </EmptyState>
  );
}
