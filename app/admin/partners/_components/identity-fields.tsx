"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextArea, TextField, errorsFor } from "@/components/forms/form-kit";
import { PARTNER_CATEGORIES, categoryKey } from "@/lib/fiches/values/categories";
import { Fieldset, asInput, asLines, type FieldsProps } from "./fieldset";
import type { Choice } from "../_lib/load";

export function IdentityFields({ errors, snapshot }: FieldsProps) {
  const t = useTranslations("admin.edit");
  const tCategory = useTranslations("categories");
  const s = snapshot?.scalars;
  return (
    <Fieldset section="identity" legend={t("fieldsets.identity")}>
      <TextField name="name" label={t("fields.name")} defaultValue={s?.name} required errors={errors} />
      <TextField name="displayName" label={t("fields.displayName")} defaultValue={s?.displayName} errors={errors} />
      <TextField name="acronym" label={t("fields.acronym")} defaultValue={s?.acronym ?? ""} errors={errors} />
      <SelectField
        name="category"
        label={t("fields.category")}
        defaultValue={s?.category ?? "vocational_training"}
        errors={errors}
        options={PARTNER_CATEGORIES.map((c) => ({ value: categoryKey(c), label: tCategory(c) }))}
      />
      <TextField name="structureType" label={t("fields.structureType")} defaultValue={s?.structureType ?? ""} errors={errors} />
      <TextField name="founded" label={t("fields.founded")} inputMode="numeric" defaultValue={asInput(s?.founded)} errors={errors} />
      <TextField name="country" label={t("fields.country")} defaultValue={s?.country ?? "Mali"} errors={errors} />
      <TextArea name="supportTypes" label={t("fields.supportTypes")} defaultValue={asLines(s?.supportTypes)} errors={errors} />
      <TextArea name="websites" label={t("fields.websites")} defaultValue={asLines(s?.websites)} errors={errors} />
    </Fieldset>
  );
}

export function CoverageFields({ errors, snapshot, regions }: FieldsProps & { regions: Choice[] }) {
  const t = useTranslations("admin.edit");
  const tErrors = useTranslations("admin.errors");
  const s = snapshot?.scalars;
  const chosen = new Set(snapshot?.regions ?? []);
  const regionErrors = errorsFor(errors, "regions");
  return (
    <Fieldset section="coverage" legend={t("fieldsets.coverage")}>
      <CheckboxField name="national" label={t("fields.national")} defaultChecked={s?.national ?? false} className="sm:col-span-2" />
      <TextField
        name="nationalText"
        label={t("fields.nationalText")}
        hint={t("fields.nationalTextHint")}
        defaultValue={s?.nationalText ?? ""}
        errors={errors}
        className="sm:col-span-2"
      />
      <fieldset className="sm:col-span-2" aria-describedby={regionErrors.length ? "f-regions-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("fields.regions")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4">
          {regions.map((r) => (
            <CheckboxField key={r.slug} name="regions[]" value={r.slug} label={r.name} defaultChecked={chosen.has(r.slug)} id={`f-region-${r.slug}`} />
          ))}
        </div>
        <p id="f-regions-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {regionErrors.map((k) => (tErrors.has(k) ? tErrors(k) : tErrors("generic"))).join(" ")}
        </p>
      </fieldset>
      <TextArea name="regionText" label={t("fields.regionText")} defaultValue={s?.regionText ?? ""} errors={errors} />
      <TextArea name="cityText" label={t("fields.cityText")} defaultValue={s?.cityText ?? ""} errors={errors} />
      <TextArea name="cities" label={t("fields.cities")} defaultValue={asLines(s?.cities)} errors={errors} />
    </Fieldset>
  );
}
