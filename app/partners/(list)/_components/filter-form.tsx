import { useTranslations } from "next-intl";
import type { PartnerFilters } from "@/lib/partners/filter-params";
import { regionSlug } from "@/lib/fiches/values/regions";
import type { FacetValue, PartnerFacets } from "@/lib/partners/queries";
import { AutoApplyForm } from "./auto-apply-form";
import { FILTER_FORM_ID } from "./form-id";

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
}: {
  filters: PartnerFilters;
  facets: PartnerFacets;
  /** Parameters a filter change keeps (sort, page size, columns), already in URL form. */
  keep: [string, string][];
}) {
  const t = useTranslations("partners");
  const tCategory = useTranslations("categories");
  const selectedRegions = filters.regions.map(regionSlug);
  const funders = [...facets.funder]
    .filter((f) => f.count > 0 || filters.funders.includes(f.value))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "fr"));

  return (
    // Keyed by the filters: after a navigation the boxes show the new view, not the old defaults.
    <AutoApplyForm key={JSON.stringify(filters)} id={FILTER_FORM_ID} label={t("filters.title")}>
      {keep.map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}

      <CheckboxGroup legend={t("filters.region")} name="region" values={facets.region} selected={selectedRegions}>
        {facets.national > 0 && <p className="mt-1 text-xs text-slate-600">{t("nationalHint")} ({facets.national})</p>}
      </CheckboxGroup>

      <CheckboxGroup
        legend={t("filters.category")}
        name="category"
        values={facets.category.map((v) => ({ ...v, label: tCategory(v.value) }))}
        selected={filters.categories}
      />

      <CheckboxGroup
        legend={t("filters.returnees")}
        name="returnees"
        values={facets.returnees.map((v) => ({ ...v, label: t(`returnees.${v.value}` as "returnees.yes") }))}
        selected={filters.returnees}
      />

      <div>
        <label htmlFor="filter-min-capacity" className="block font-semibold text-slate-800">
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
          className="mt-1 w-32 rounded border border-slate-300 px-2 py-1"
        />
        <p id="filter-min-capacity-hint" className="mt-1 text-xs text-slate-600">
          {t("filters.minCapacityHint")}
        </p>
      </div>

      <fieldset>
        <legend className="font-semibold text-slate-800">{t("filters.hasInsertion")}</legend>
        {([
          ["", "hasInsertionAny"],
          ["true", "hasInsertionTrue"],
          ["false", "hasInsertionFalse"],
        ] as const).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 py-0.5">
            <input
              type="radio"
              name="hasInsertion"
              value={value}
              defaultChecked={(filters.hasInsertion === null ? "" : String(filters.hasInsertion)) === value}
              className="h-4 w-4 accent-brand-700"
            />
            {t(`filters.${label}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend className="font-semibold text-slate-800">{t("filters.verification")}</legend>
        <label className="flex items-center gap-2 py-0.5">
          <input type="checkbox" name="unverified" value="true" defaultChecked={filters.unverified} className="h-4 w-4 accent-brand-700" />
          {t("filters.unverified")}
        </label>
      </fieldset>

      <div>
        <label htmlFor="filter-course" className="block font-semibold text-slate-800">
          {t("filters.course")}
        </label>
        <input
          id="filter-course"
          type="text"
          name="course"
          maxLength={200}
          defaultValue={filters.course ?? ""}
          placeholder={t("filters.coursePlaceholder")}
          className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
        />
      </div>

      <CheckboxGroup
        legend={t("filters.funder")}
        name="funder"
        values={funders.slice(0, FUNDERS_SHOWN)}
        selected={filters.funders}
      >
        {funders.length > FUNDERS_SHOWN && (
          <details className="mt-1" open={funders.slice(FUNDERS_SHOWN).some((f) => filters.funders.includes(f.value))}>
            <summary className="cursor-pointer text-brand-700">{t("filters.funderMore", { count: funders.length - FUNDERS_SHOWN })}</summary>
            <Checkboxes name="funder" values={funders.slice(FUNDERS_SHOWN)} selected={filters.funders} />
          </details>
        )}
      </CheckboxGroup>

      {/* In the phone drawer the button stays in reach at the bottom of the panel. */}
      <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 lg:static lg:m-0 lg:border-0 lg:p-0">
        <button type="submit" className="min-h-11 w-full rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 lg:min-h-0 lg:w-auto">
          {t("filters.apply")}
        </button>
      </div>
    </AutoApplyForm>
  );
}

function CheckboxGroup({
  legend,
  name,
  values,
  selected,
  children,
}: {
  legend: string;
  name: string;
  values: FacetValue[];
  selected: string[];
  children?: React.ReactNode;
}) {
  return (
    <fieldset>
      <legend className="font-semibold text-slate-800">{legend}</legend>
      <Checkboxes name={name} values={values} selected={selected} />
      {children}
    </fieldset>
  );
}

function Checkboxes({ name, values, selected }: { name: string; values: FacetValue[]; selected: string[] }) {
  const t = useTranslations("partners.filters");
  return (
    <ul className="mt-1 space-y-0.5">
      {values.map((v) => (
        <li key={v.value}>
          <label className={`flex items-center gap-2 ${v.count === 0 && !selected.includes(v.value) ? "text-slate-500" : ""}`}>
            <input
              type="checkbox"
              name={name}
              value={v.value}
              defaultChecked={selected.includes(v.value)}
              className="h-4 w-4 accent-brand-700"
            />
            {/* Funders go by the names the report gives them ("Banque mondiale"). */}
            <span lang={name === "funder" ? "fr" : undefined}>{v.label}</span>
            <span className="ml-auto tabular-nums text-xs text-slate-600">{t("count", { count: v.count })}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
