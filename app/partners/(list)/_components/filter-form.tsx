import { useLocale, useTranslations } from "next-intl";
import type { PartnerFilters } from "@/lib/partners/filter-params";
import { regionSlug } from "@/lib/fiches/values/regions";
import type { FacetValue, PartnerFacets } from "@/lib/partners/queries";
import { partnerFiltersToParams } from "@/lib/partners/filter-params";
import { fundersOffered } from "@/lib/partners/funders-offered";
import { reportLangOn } from "@/lib/i18n/config";
import { AutoApplyForm } from "./auto-apply-form";
import { FacetGroup, type FacetOption } from "./facet-group";
import { MoreFunders } from "./more-funders";
import { FILTER_FORM_ID } from "./form-id";

const options = (values: FacetValue[], label = (v: FacetValue) => v.label): FacetOption[] => values.map((v) => [v.value, label(v), v.count]);

const FUNDERS_SHOWN = 8;

/**
 * The filters, as one GET form rendered on the server: it works without
 * JavaScript (a plain submit); ./auto-apply-form.tsx applies each change at
 * once when JavaScript runs. The search box sits outside the form
 * (form="partner-filters").
 */
export function FilterForm({
  filters,
  facets,
  keep,
  localize,
}: {
  filters: PartnerFilters;
  facets: PartnerFacets;
  /** Parameters a filter change keeps (sort, page size, columns), already in URL form. */
  keep: [string, string][];
  /** An in-app href in the page's language (lib/i18n/navigation.tsx getLocalize). */
  localize: (href: string) => string;
}) {
  const t = useTranslations("partners");
  const tCategory = useTranslations("categories");
  const selectedRegions = filters.regions.map(regionSlug);
  const funders = fundersOffered(facets.funder, filters.funders);
  // The most frequent funders, and any chosen one, are boxes in the page; the rest come on demand.
  const funderShown = funders.filter((f, i) => i < FUNDERS_SHOWN || filters.funders.includes(f.value));
  const funderRest = funders.length - funderShown.length;
  const countTemplate = t.raw("filters.count") as string;
  // Funders go by the names the report gives them ("Banque mondiale"): French, said so on a page in another language.
  const funderLang = reportLangOn(useLocale());

  return (
    // Keyed by the view (its URL parameters, shorter in the payload than the filters as JSON): after a
    // navigation the boxes show the new view, not the old defaults.
    <AutoApplyForm key={partnerFiltersToParams(filters).toString()} id={FILTER_FORM_ID} label={t("filters.title")} action={localize("/partners")}>
      {keep.map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}

      <FacetGroup legend={t("filters.region")} name="region" options={options(facets.region)} selected={selectedRegions} countTemplate={countTemplate}>
        {facets.national > 0 && <p>{`${t("nationalHint")} (${facets.national})`}</p>}
      </FacetGroup>

      <FacetGroup
        legend={t("filters.category")}
        name="category"
        options={options(facets.category, (v) => tCategory(v.value))}
        selected={filters.categories}
        countTemplate={countTemplate}
      />

      <FacetGroup
        legend={t("filters.returnees")}
        name="returnees"
        options={options(facets.returnees, (v) => t(`returnees.${v.value}` as "returnees.yes"))}
        selected={filters.returnees}
        countTemplate={countTemplate}
      />

      <div>
        <label htmlFor="filter-min-capacity">
          {t("filters.minCapacity")}
        </label>
        <input
          id="filter-min-capacity"
          type="number"
          name="minCapacity"
          min={0}
          step={1}
          inputMode="numeric"
          defaultValue={filters.minCapacity ?? ""}
          aria-describedby="filter-min-capacity-hint"
        />
        <p id="filter-min-capacity-hint">
          {t("filters.minCapacityHint")}
        </p>
      </div>

      <fieldset>
        <legend>{t("filters.hasInsertion")}</legend>
        {([
          ["", "hasInsertionAny"],
          ["true", "hasInsertionTrue"],
          ["false", "hasInsertionFalse"],
        ] as const).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="hasInsertion"
              value={value}
              defaultChecked={(filters.hasInsertion === null ? "" : String(filters.hasInsertion)) === value}
            />
            {t(`filters.${label}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t("filters.verification")}</legend>
        <label>
          <input type="checkbox" name="unverified" value="true" defaultChecked={filters.unverified} />
          {t("filters.unverified")}
        </label>
      </fieldset>

      <div>
        <label htmlFor="filter-course">
          {t("filters.course")}
        </label>
        <input
          id="filter-course"
          type="text"
          name="course"
          maxLength={200}
          defaultValue={filters.course ?? ""}
          placeholder={t("filters.coursePlaceholder")}
        />
      </div>

      <FacetGroup
        legend={t("filters.funder")}
        name="funder"
        options={options(funderShown)}
        selected={filters.funders}
        countTemplate={countTemplate}
        lang={funderLang}
      >
        {funderRest > 0 && (
          // The long tail (over a hundred funders) is fetched when opened: it would otherwise be most of the page (issue 8).
          <MoreFunders
            src={localize(`/partners/facets?${partnerFiltersToParams(filters, { page: 1 })}`)}
            exclude={funderShown.map((f) => f.value)}
            summary={t("filters.funderMore", { count: funderRest })}
            countTemplate={countTemplate}
            lang={funderLang}
            loading={t("filters.funderLoading")}
            fallback={{ href: localize("/funders"), label: t("filters.funderAll") }}
          />
        )}
      </FacetGroup>

      {/* In the phone drawer the button stays in reach at the bottom of the panel (`.facets-submit`). */}
      <div className="facets-submit">
        <button type="submit">{t("filters.apply")}</button>
      </div>
    </AutoApplyForm>
  );
}
