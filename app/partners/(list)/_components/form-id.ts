/** The filter form's id: the search box outside the form joins it with form="…". */
export const FILTER_FORM_ID = "partner-filters";
/** The results heading: the "skip to results" link's target, focused after a filter applies. */
export const RESULTS_ID = "partner-results";
