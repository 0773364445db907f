import type { Errors } from "@/components/forms/form-kit";
import type { PartnerSnapshot } from "@/lib/partners/history";

export interface FieldsProps {
  errors: Errors;
  snapshot: PartnerSnapshot | null;
}

/** The form's sections, in order: each is a fieldset the section nav links to (#edit-<id>). */
export const FORM_SECTIONS = ["identity", "coverage", "capacities", "insertion", "returnees", "more", "trainings", "fundings", "contacts", "sections"] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];
export const sectionAnchor = (section: FormSection) => `edit-${section}`;

export function Fieldset({ legend, children, hint, section }: { legend: string; children: React.ReactNode; hint?: string; section: FormSection }) {
  return (
    // scroll-mt: a section reached from the nav is not hidden under the page's top edge.
    <fieldset id={sectionAnchor(section)} className="scroll-mt-4 rounded border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold text-slate-900">{legend}</legend>
      {hint && <p className="mb-3 text-sm text-slate-600">{hint}</p>}
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** A list as the one-per-line textareas show it. */
export const asLines = (items: readonly string[] | undefined) => (items ?? []).join("\n");
/** A number as an input shows it ("" for none). */
export const asInput = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
