"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/forms/form-kit";
import { ReturneeExperience } from "@/lib/db/generated/enums";
import { CAPACITY_KINDS, CAPACITY_PERIODS } from "@/lib/partners/capacity";
import type { CapacitySnapshot } from "@/lib/partners/history";
import { Fieldset, asInput, type FieldsProps } from "./fieldset";

const PERIODS = ["", ...CAPACITY_PERIODS] as const;

function CapacityFields({ kind, capacity, errors }: { kind: (typeof CAPACITY_KINDS)[number]; capacity?: CapacitySnapshot } & Pick<FieldsProps, "errors">) {
  const t = useTranslations("admin.edit.capacity");
  const base = `capacities.${kind}`;
  return (
    <fieldset className="rounded border border-slate-100 p-3 sm:col-span-2">
      <legend className="px-1 text-sm font-semibold">{t(kind)}</legend>
      <div className="grid gap-3 sm:grid-cols-4">
        <TextArea name={`${base}.text`} label={t("text")} defaultValue={capacity?.text ?? ""} errors={errors} rows={2} className="sm:col-span-4" />
        <TextField name={`${base}.min`} label={t("min")} inputMode="numeric" defaultValue={asInput(capacity?.min)} errors={errors} />
        <TextField name={`${base}.max`} label={t("max")} inputMode="numeric" defaultValue={asInput(capacity?.max)} errors={errors} />
        <TextField name={`${base}.unit`} label={t("unit")} defaultValue={capacity?.unit ?? ""} errors={errors} />
        <TextField name={`${base}.per`} label={t("per")} hint={t("perHint")} defaultValue={capacity?.per ?? ""} errors={errors} />
        <SelectField
          name={`${base}.period`}
          label={t("period")}
          defaultValue={capacity?.period ?? ""}
          errors={errors}
          options={PERIODS.map((p) => ({ value: p, label: t(`periods.${p || "none"}`) }))}
        />
        <CheckboxField name={`${base}.unlimited`} label={t("unlimited")} defaultChecked={capacity?.unlimited ?? false} />
      </div>
    </fieldset>
  );
}

export function FactsFields({ errors, snapshot }: FieldsProps) {
  const t = useTranslations("admin.edit");
  const s = snapshot?.scalars;
  return (
    <>
      <Fieldset section="capacities" legend={t("fieldsets.capacities")}>
        {CAPACITY_KINDS.map((kind) => (
          <CapacityFields key={kind} kind={kind} capacity={snapshot?.capacities.find((c) => c.kind === kind)} errors={errors} />
        ))}
      </Fieldset>
      <Fieldset section="insertion" legend={t("fieldsets.insertion")}>
        <TextArea name="insertionText" label={t("fields.insertionText")} defaultValue={s?.insertionText ?? ""} errors={errors} className="sm:col-span-2" />
        <TextField name="insertionRate" label={t("fields.insertionRate")} inputMode="decimal" defaultValue={asInput(s?.insertionRate)} errors={errors} />
        <TextField name="insertionYear" label={t("fields.insertionYear")} inputMode="numeric" defaultValue={asInput(s?.insertionYear)} errors={errors} />
      </Fieldset>
      <Fieldset section="returnees" legend={t("fieldsets.returnees")}>
        <SelectField
          name="returneeExperience"
          label={t("fields.returneeExperience")}
          defaultValue={s?.returneeExperience ?? "unknown"}
          errors={errors}
          options={Object.values(ReturneeExperience).map((v) => ({ value: v, label: t(`returnees.${v}`) }))}
        />
        <TextArea name="returneeEvidence" label={t("fields.returneeEvidence")} defaultValue={s?.returneeEvidence ?? ""} errors={errors} />
      </Fieldset>
      <Fieldset section="more" legend={t("fieldsets.more")}>
        <TextArea name="costs" label={t("fields.costs")} defaultValue={s?.costs ?? ""} errors={errors} />
        <TextArea name="challenges" label={t("fields.challenges")} defaultValue={s?.challenges ?? ""} errors={errors} />
        <TextArea name="perspectives" label={t("fields.perspectives")} defaultValue={s?.perspectives ?? ""} errors={errors} className="sm:col-span-2" />
      </Fieldset>
    </>
  );
}
