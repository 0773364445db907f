"use client";

import { useTranslations } from "next-intl";
import { FORM_SECTIONS, sectionAnchor, type FormSection } from "./fieldset";

/**
 * Links to each section of the long partner form (issue 12): beside the form
 * on wide screens, where it stays in view while the admin scrolls; above it on
 * narrow ones. Plain anchors: they work without JavaScript.
 */
export function SectionNav({ sections = FORM_SECTIONS }: { sections?: readonly FormSection[] }) {
  const t = useTranslations("admin.edit");
  return (
    <nav aria-label={t("sectionNav")} className="lg:sticky lg:top-4 lg:self-start">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm lg:flex-col lg:gap-1 lg:border-l lg:border-slate-200 lg:pl-3">
        {sections.map((section) => (
          <li key={section}>
            <a href={`#${sectionAnchor(section)}`} className="text-brand-700 underline-offset-2 hover:underline">
              {t(`fieldsets.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
