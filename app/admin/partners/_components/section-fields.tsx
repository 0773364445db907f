"use client";

import { useTranslations } from "next-intl";
import { TextArea } from "@/components/forms/form-kit";
import { sectionAnchor, type FieldsProps } from "./fieldset";

/** The fiche's own text, section by section: values are editable, the structure mirrors the report. */
export function SectionFields({ errors, snapshot }: FieldsProps) {
  const t = useTranslations("admin.edit");
  if (!snapshot?.sections.length) return null;
  return (
    <fieldset id={sectionAnchor("sections")} className="scroll-mt-4 rounded border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{t("fieldsets.sections")}</legend>
      <p className="mb-3 text-sm text-slate-600">{t("sectionsHint")}</p>
      <div className="space-y-4">
        {snapshot.sections.map((section, i) => (
          <fieldset key={i} className="rounded border border-slate-100 p-3">
            <legend className="px-1 text-sm font-semibold">{section.heading}</legend>
            <div className="space-y-3">
              {section.fields.map((field, j) => (
                <TextArea
                  key={j}
                  name={`sections.${i}.fields.${j}.value`}
                  // A line the report gives without a label still needs a name for a screen reader (axe: label).
                  label={field.label.trim() || t("sectionUnlabelled", { section: section.heading, n: j + 1 })}
                  defaultValue={field.value}
                  errors={errors}
                  rows={Math.min(8, Math.max(2, Math.ceil(field.value.length / 90)))}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
