import { Link } from "@/lib/i18n/navigation";
import { useLocale, useTranslations } from "@/lib/i18n/server-hooks";
import { reportLangOn } from "@/lib/i18n/config";
import type { PartnerFilters } from "@/lib/partners/filter-params";
import type { PartnerFacets } from "@/lib/partners/queries";

interface Chip {
  key: string;
  label: string;
  /** "fr" for a name as the report gives it (a funder's). */
  lang?: "fr";
  /** The view without this one value. */
  without: Partial<PartnerFilters>;
}

/**
 * The active filters as removable chips: each is a link to the same view
 * without that value (server-rendered, no JavaScript), so on a phone the
 * filters in force are visible without opening the drawer (issue 12).
 */
export function ActiveFilters({
  filters,
  facets,
  hrefFor,
  clearHref,
}: {
  filters: PartnerFilters;
  facets: PartnerFacets;
  /** The view with these parameters changed (lib/partners/list-href.ts). */
  hrefFor: (overrides: Partial<PartnerFilters>) => string;
  clearHref: string;
}) {
  const t = useTranslations("partners");
  const tCategory = useTranslations("categories");
  const locale = useLocale();
  // A funder's name as the report gives it: French, said so on a page in another language.
  const reportLang = reportLangOn(locale);
  const funderLang = reportLang ? { lang: reportLang } : {};
  const funderName = (slug: string) => facets.funder.find((f) => f.value === slug)?.label ?? slug;
  const chips: Chip[] = [
    ...(filters.q ? [{ key: "q", label: t("chips.q", { q: filters.q }), without: { q: null } }] : []),
    ...filters.regions.map((r) => ({ key: `region-${r}`, label: r, without: { regions: filters.regions.filter((x) => x !== r) } })),
    ...filters.categories.map((c) => ({
      key: `category-${c}`,
      label: tCategory(c),
      without: { categories: filters.categories.filter((x) => x !== c) },
    })),
    ...filters.returnees.map((r) => ({
      key: `returnees-${r}`,
      label: t("chips.returnees", { value: t(`returnees.${r}`) }),
      without: { returnees: filters.returnees.filter((x) => x !== r) },
    })),
    ...(filters.minCapacity !== null
      ? [{ key: "minCapacity", label: t("chips.minCapacity", { min: filters.minCapacity }), without: { minCapacity: null } }]
      : []),
    ...(filters.hasInsertion !== null
      ? [{ key: "hasInsertion", label: t(filters.hasInsertion ? "filters.hasInsertionTrue" : "filters.hasInsertionFalse"), without: { hasInsertion: null } }]
      : []),
    ...(filters.course ? [{ key: "course", label: t("chips.course", { course: filters.course }), without: { course: null } }] : []),
    ...filters.funders.map((f) => ({ key: `funder-${f}`, label: funderName(f), ...funderLang, without: { funders: filters.funders.filter((x) => x !== f) } })),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm">
      <h2 className="sr-only">{t("chips.title")}</h2>
      <ul className="flex flex-wrap gap-2" aria-label={t("chips.title")}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={hrefFor({ ...chip.without, page: 1 })}
              aria-label={t("chips.remove", { label: chip.label })}
              className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-brand-800 hover:bg-brand-100"
            >
              <span {...(chip.lang ? { lang: chip.lang } : {})}>{chip.label}</span>
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearHref} className="text-brand-700 underline">
        {t("filters.clear")}
      </Link>
    </div>
  );
}
