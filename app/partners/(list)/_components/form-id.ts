/** The filter form's id: the search box outside the form joins it with form="…". */
export const FILTER_FORM_ID = "partner-filters";
