import { compareFrench } from "../i18n/french-order";
import type { FacetValue } from "./queries";

/**
 * The funders the list's filter offers for a view: those with partners in it,
 * and any already chosen (so that it can be unticked); the most frequent first,
 * then by name. The form's boxes and its "more funders" panel
 * (app/partners/(list)/facets/route.ts) list them alike.
 */
export function fundersOffered(funders: readonly FacetValue[], chosen: readonly string[]): FacetValue[] {
  return funders.filter((f) => f.count > 0 || chosen.includes(f.value)).sort((a, b) => b.count - a.count || compareFrench(a.label, b.label));
}
