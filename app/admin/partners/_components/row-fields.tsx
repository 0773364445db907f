"use client";
/**
 * Repeated rows (courses, funders, contacts): the existing ones with a
 * "remove" box, plus empty rows to fill in, so adding and removing work
 * without JavaScript. Empty rows are ignored by the server.
 */
import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/forms/form-kit";
import { Fieldset, asInput, asLines, type FieldsProps } from "./fieldset";
import type { Choice } from "../_lib/load";

const BLANK_ROWS = { trainings: 3, fundings: 2, contacts: 2 };

function Row({ legend, isNew, name, children }: { legend: string; isNew: boolean; name: string; children: React.ReactNode }) {
  const t = useTranslations("admin.edit.rows");
  return (
    <fieldset className="rounded border border-slate-100 p-3 sm:col-span-2">
      <legend className="px-1 text-sm font-semibold">
        {legend}
        {isNew && <span className="ml-1 font-normal text-slate-600">({t("newRow")})</span>}
      </legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {children}
        {!isNew && <CheckboxField name={`${name}.remove`} label={t("remove")} />}
      </div>
    </fieldset>
  );
}

export function TrainingRows({ errors, snapshot }: FieldsProps) {
  const t = useTranslations("admin.edit");
  const rows = [...(snapshot?.trainings ?? []), ...Array(BLANK_ROWS.trainings).fill(null)];
  const existing = snapshot?.trainings.length ?? 0;
  return (
    <Fieldset section="trainings" legend={t("fieldsets.trainings")} hint={t("rows.addHint")}>
      {rows.map((row, i) => (
        <Row key={i} name={`trainings.${i}`} legend={t("rows.training", { n: i + 1 })} isNew={i >= existing}>
          <TextField name={`trainings.${i}.name`} label={t("rows.trainingName")} defaultValue={row?.name ?? ""} errors={errors} />
          <TextField name={`trainings.${i}.durationMonths`} label={t("rows.durationMonths")} inputMode="decimal" defaultValue={asInput(row?.durationMonths)} errors={errors} />
        </Row>
      ))}
    </Fieldset>
  );
}

export function FundingRows({ errors, snapshot, funders }: FieldsProps & { funders: Choice[] }) {
  const t = useTranslations("admin.edit");
  const rows = [...(snapshot?.fundings ?? []), ...Array(BLANK_ROWS.fundings).fill(null)];
  const existing = snapshot?.fundings.length ?? 0;
  const options = [{ value: "", label: t("rows.noFunder") }, ...funders.map((f) => ({ value: f.slug, label: f.name }))];
  return (
    <Fieldset section="fundings" legend={t("fieldsets.fundings")} hint={t("rows.addHint")}>
      {rows.map((row, i) => (
        <Row key={i} name={`fundings.${i}`} legend={t("rows.funding", { n: i + 1 })} isNew={i >= existing}>
          <SelectField name={`fundings.${i}.funder`} label={t("rows.funder")} defaultValue={row?.funder ?? ""} options={options} errors={errors} />
          <TextField name={`fundings.${i}.programme`} label={t("rows.programme")} defaultValue={row?.programme ?? ""} errors={errors} />
          <TextArea name={`fundings.${i}.text`} label={t("rows.fundingText")} defaultValue={row?.text ?? ""} errors={errors} rows={2} />
          <CheckboxField name={`fundings.${i}.current`} label={t("rows.current")} defaultChecked={row?.current ?? true} />
          <CheckboxField name={`fundings.${i}.inferred`} label={t("rows.inferred")} defaultChecked={row?.inferred ?? false} />
        </Row>
      ))}
    </Fieldset>
  );
}

export function ContactRows({ errors, snapshot }: FieldsProps) {
  const t = useTranslations("admin.edit");
  const rows = [...(snapshot?.contacts ?? []), ...Array(BLANK_ROWS.contacts).fill(null)];
  const existing = snapshot?.contacts.length ?? 0;
  return (
    <Fieldset section="contacts" legend={t("fieldsets.contacts")} hint={t("rows.addHint")}>
      {rows.map((row, i) => (
        <Row key={i} name={`contacts.${i}`} legend={t("rows.contact", { n: i + 1 })} isNew={i >= existing}>
          <TextField name={`contacts.${i}.name`} label={t("rows.contactName")} defaultValue={row?.name ?? ""} errors={errors} />
          <TextField name={`contacts.${i}.role`} label={t("rows.contactRole")} defaultValue={row?.role ?? ""} errors={errors} />
          <TextArea name={`contacts.${i}.phones`} label={t("rows.phones")} defaultValue={asLines(row?.phones.map((p: { text: string }) => p.text))} errors={errors} rows={2} />
          <TextArea name={`contacts.${i}.emails`} label={t("rows.emails")} defaultValue={asLines(row?.emails)} errors={errors} rows={2} />
        </Row>
      ))}
    </Fieldset>
  );
}
