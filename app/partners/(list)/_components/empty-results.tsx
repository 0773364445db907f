import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "@/lib/i18n/server-hooks";
import { EmptyState } from "@/components/data-table/empty-state";
import type { PartnerFilters } from "@/lib/partners/filter-params";

/** No match: say which filters to loosen, and offer to clear them all. */
export function EmptyResults({ filters, clearHref }: { filters: PartnerFilters; clearHref: string }) {
  const t = useTranslations("partners.empty");
  const tips = [
    filters.q || filters.course ? t("tipSearch") : null,
    filters.regions.length ? t("tipRegions") : null,
    filters.minCapacity !== null ? t("tipCapacity") : null,
    t("tipFilters"),
  ].filter((tip): tip is string => tip !== null);
  return (
    <EmptyState title={t("title")}>
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
