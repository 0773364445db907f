"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useLocalize } from "@/lib/i18n/use-localize";
import type { ConflictInfo } from "@/lib/actions/state";

/** What someone else saved since this form was opened (the save was refused). */
export function ConflictNotice({ conflict, slug }: { conflict: ConflictInfo; slug: string }) {
  const t = useTranslations("admin.edit");
  const tFields = useTranslations("admin.edit.fields");
  const localize = useLocalize();
  const format = useFormatter();
  return (
    <section aria-labelledby="conflict-title" className="rounded border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 id="conflict-title" className="font-semibold">
        {t("conflictTitle")}
      </h2>
      <p className="mt-1">{t("conflictIntro", { version: conflict.currentVersion })}</p>
      {conflict.changes.length === 0 ? (
        <p className="mt-2">{t("conflictSeed")}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {conflict.changes.map((c) => (
            <li key={c.version}>
              {t("conflictItem", {
                version: c.version,
                at: format.dateTime(new Date(c.at), { dateStyle: "medium", timeStyle: "short" }),
                by: c.by ?? t("unknownUser"),
              })}
              {": "}
              {c.fields.map((f) => (tFields.has(f) ? tFields(f) : f)).join(", ")}
              {c.reason && <em> — {c.reason}</em>}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">
        <a href={localize(`/admin/partners/${slug}/edit`)} className="font-medium text-brand-800 underline">
          {t("conflictReload")}
        </a>
      </p>
    </section>
  );
}
