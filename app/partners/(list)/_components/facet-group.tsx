"use client";

import { fillTemplate } from "@/lib/i18n/fill-template";

/** One value of a facet: [value in the URL, label, count of partners matching the other filters]. */
export type FacetOption = [value: string, label: string, count: number];

/**
 * A facet of the filter form (./filter-form.tsx) as its tick boxes, rendered
 * from compact options: the page's React payload carries `["kayes","Kayes",12]`
 * per box rather than each label's element tree (issue 8; ~150 boxes on an
 * unfiltered page at 10,000 partners). Bare markup, styled by `.facets`
 * (app/globals.css). `lang`: the labels' language when it is not the page's
 * (funders go by the names the report gives them, "Banque mondiale").
 */
export function FacetGroup({
  legend,
  name,
  options,
  selected,
  countTemplate,
  lang,
  children,
}: {
  legend: string;
  name: string;
  options: FacetOption[];
  selected: string[];
  /** "({count})". */
  countTemplate: string;
  lang?: "fr";
  children?: React.ReactNode;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <FacetBox key={option[0]} name={name} option={option} checked={selected.includes(option[0])} countTemplate={countTemplate} lang={lang} />
      ))}
      {children}
    </fieldset>
  );
}

/** One box of a facet (also the funders ./more-funders.tsx fetches); an empty one unticked is dimmed (`.none`). */
export function FacetBox({
  name,
  option: [value, label, count],
  checked,
  countTemplate,
  lang,
}: {
  name: string;
  option: FacetOption;
  checked: boolean;
  countTemplate: string;
  lang?: "fr";
}) {
  return (
    <label {...(count === 0 && !checked ? { className: "none" } : {})}>
      <input type="checkbox" name={name} value={value} defaultChecked={checked} />
      {lang ? <span lang={lang}>{label}</span> : label}
      <small>{fillTemplate(countTemplate, { count })}</small>
    </label>
  );
}
