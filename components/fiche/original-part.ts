/**
 * The attribute marking the part of a fiche's report-text page
 * (app/partners/[slug]/original) that the fiche brings in on demand
 * (./original-text.tsx). A plain module: server and client components both read it.
 */
export const ORIGINAL_PART = "data-original";
