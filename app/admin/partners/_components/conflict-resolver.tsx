"use client";
/**
 * A save refused because someone else saved first (issue 12): each field they
 * changed, their version beside this admin's, with a choice per field; then
 * one button saves the merge against their version. Without JavaScript the
 * form falls back to ConflictNotice (what changed, and a link to reload).
 */
import { useFormatter, useTranslations } from "next-intl";
import { useLocalize } from "@/lib/i18n/use-localize";
import { useState } from "react";
import type { ConflictInfo } from "@/lib/actions/state";
import { conflictingUnits, defaultChoice, type Choice } from "@/lib/partners/conflict-merge";
import type { PartnerSnapshot } from "@/lib/partners/history";
import { useUnitText } from "./unit-text";
import type { Choice as RegionChoice } from "../_lib/load";

interface ConflictResolverProps {
  conflict: ConflictInfo;
  base: PartnerSnapshot;
  mine: PartnerSnapshot;
  theirs: PartnerSnapshot;
  regions: readonly RegionChoice[];
  slug: string;
  pending: boolean;
  onApply: (choices: Record<string, Choice>) => void;
  /** Focus lands here when the refusal arrives. */
  headingRef: React.Ref<HTMLHeadingElement>;
}

export function ConflictResolver({ conflict, base, mine, theirs, regions, slug, pending, onApply, headingRef }: ConflictResolverProps) {
  const t = useTranslations("admin.edit");
  const tFields = useTranslations("admin.edit.fields");
  const localize = useLocalize();
  const format = useFormatter();
  const text = useUnitText(regions);
  const conflicts = conflictingUnits(base, mine, theirs);
  const [choices, setChoices] = useState<Record<string, Choice>>(() => Object.fromEntries(conflicts.map((c) => [c.unit.id, defaultChoice(c)])));
  const last = conflict.changes.at(-1);
  const by = last?.by ?? t("unknownUser");

  return (
    <section aria-labelledby="conflict-title" className="rounded border-2 border-amber-500 bg-amber-50 p-4 text-sm text-amber-950" data-conflict-resolver>
      <h2 id="conflict-title" ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-600">
        {t("conflictTitle")}
      </h2>
      <p className="mt-1">{t("conflictIntro", { version: conflict.currentVersion })}</p>
      <ul className="mt-1 list-disc pl-5">
        {conflict.changes.map((c) => (
          <li key={c.version}>
            {t("conflictItem", { version: c.version, at: format.dateTime(new Date(c.at), { dateStyle: "medium", timeStyle: "short" }), by: c.by ?? t("unknownUser") })}
            {": "}
            {c.fields.map((f) => (tFields.has(f) ? tFields(f) : f)).join(", ")}
            {c.reason && <em> — {c.reason}</em>}
          </li>
        ))}
      </ul>
      <p className="mt-3 font-medium">{conflicts.length > 0 ? t("conflictChoose", { count: conflicts.length }) : t("conflictNothingToChoose")}</p>

      <div className="mt-3 space-y-3">
        {conflicts.map(({ unit, mineChanged }) => {
          const name = `merge:${unit.id}`;
          const options: Array<{ choice: Choice; title: string; value: string }> = [
            { choice: "mine", title: mineChanged ? t("conflictMine") : t("conflictMineUnchanged"), value: text.value(unit, mine) },
            { choice: "theirs", title: t("conflictTheirs", { version: conflict.currentVersion, by }), value: text.value(unit, theirs) },
          ];
          return (
            <fieldset key={unit.id} className="rounded border border-amber-300 bg-white p-3" data-unit={unit.id}>
              <legend className="px-1 font-semibold">
                {text.label(unit, theirs)}
                {mineChanged && <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-medium">{t("conflictBoth")}</span>}
              </legend>
              <div className="grid gap-2 md:grid-cols-2">
                {options.map((o) => (
                  <label
                    key={o.choice}
                    className={`block cursor-pointer rounded border p-2 ${choices[unit.id] === o.choice ? "border-brand-700 ring-2 ring-brand-600/30" : "border-slate-300"}`}
                  >
                    <span className="flex items-center gap-2 font-medium">
                      <input
                        type="radio"
                        name={name}
                        value={o.choice}
                        checked={choices[unit.id] === o.choice}
                        onChange={() => setChoices((prev) => ({ ...prev, [unit.id]: o.choice }))}
                        className="h-4 w-4 accent-brand-700"
                      />
                      {o.title}
                    </span>
                    <span className="mt-1 block whitespace-pre-wrap break-words text-slate-900" lang="fr">
                      {o.value || <em className="text-slate-600">{t("conflictEmpty")}</em>}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          disabled={pending}
          onClick={() => onApply(choices)}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus:outline-none focus:ring-2 focus:ring-brand-600 focus:ring-offset-2 disabled:opacity-60"
        >
          {t("conflictApply", { version: conflict.currentVersion })}
        </button>
        <a href={localize(`/admin/partners/${slug}/edit`)} className="text-brand-800 underline">
          {t("conflictDiscard")}
        </a>
      </div>
    </section>
  );
}
