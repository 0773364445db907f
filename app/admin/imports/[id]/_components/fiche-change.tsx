import { getTranslations } from "next-intl/server";
import type { FicheChange, FieldChange } from "@/lib/imports/change-set";
import { type FicheKind, ficheKey } from "@/lib/imports/decisions";
import { FieldDiffView } from "@/app/admin/_components/field-diff";
import { describeImportChange } from "../_lib/format";

const SELECT = "mt-1 block rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

function Diff({ field, change, words }: { field: string; change: FieldChange; words: { before: string; after: string; empty: string } }) {
  return <FieldDiffView diff={describeImportChange(field, change)} words={words} lang="fr" />;
}

/** One fiche of the change set with its decisions: the fiche as a whole, and each changed field. */
export async function FicheChangeView({ kind, fiche, label }: { kind: FicheKind; fiche: FicheChange; label: (field: string) => string }) {
  const t = await getTranslations("imports.review");
  const key = ficheKey(kind, fiche.number);
  const status = fiche.status as Exclude<FicheChange["status"], "unchanged">;
  return (
    <section id={key} aria-labelledby={`${key}-title`} className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <h3 id={`${key}-title`} className="text-base font-semibold">
        <span lang="fr">{t("fiche", { number: fiche.number, name: fiche.name })}</span>{" "}
        <span className="font-normal text-slate-700">({t(`ficheStatus.${status}`)})</span>
      </h3>
      <label className="block text-sm font-medium text-slate-800">
        {t("ficheDecision")}
        <select name={`f.${key}`} defaultValue={status === "changed" ? "fields" : "accept"} className={SELECT}>
          {status === "changed" && <option value="fields">{t("decideFields")}</option>}
          <option value="accept">{status === "added" ? t("acceptAdded") : status === "removed" ? t("acceptRemoved") : t("acceptAll")}</option>
          <option value="reject">{status === "added" ? t("rejectAdded") : status === "removed" ? t("rejectRemoved") : t("rejectAll")}</option>
        </select>
      </label>
      {(fiche.fields ?? []).map((change) => (
        <fieldset
          key={change.field}
          data-field={change.field}
          data-conflict={change.conflict ? "true" : undefined}
          className={change.conflict ? "rounded border-l-4 border-amber-500 bg-amber-50 p-2" : "border-t border-slate-100 p-2"}
        >
          <legend className="text-sm font-semibold text-slate-800">{label(change.field)}</legend>
          {change.conflict && <p className="text-sm font-medium text-amber-900">{t("conflict")}</p>}
          <Diff field={change.field} change={change} words={{ before: t("before"), after: t("after"), empty: t("empty") }} />
          <div className="mt-2 flex flex-wrap gap-4 text-sm">
            <label className="flex items-center gap-1">
              <input type="radio" name={`d.${key}.${change.field}`} value="accept" defaultChecked={!change.conflict} />
              {t("accept")}
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name={`d.${key}.${change.field}`} value="reject" defaultChecked={change.conflict} />
              {t("reject")}
            </label>
          </div>
        </fieldset>
      ))}
    </section>
  );
}
