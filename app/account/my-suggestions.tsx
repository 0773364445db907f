import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { suggestionsBy } from "@/lib/suggestions/queries";

/** The corrections this user suggested and what became of them (issue 10: the suggester sees the outcome). */
export async function MySuggestions({ userId, justSent }: { userId: number; justSent: boolean }) {
  const [items, t, format] = await Promise.all([suggestionsBy(userId), getTranslations("suggestions"), getFormatter()]);
  return (
    <section id="suggestions" aria-labelledby="my-suggestions" className="space-y-2">
      <h2 id="my-suggestions" className="text-lg font-semibold">
        {t("mine.title")}
      </h2>
      {justSent && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("mine.sent")}
        </p>
      )}
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{t("mine.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm">
          {items.map((s) => (
            <li key={s.id} className="space-y-1 p-3" data-status={s.status}>
              <p>
                <Link href={`/partners/${s.partner.slug}`} className="font-medium text-brand-700 underline">
                  {s.partner.name}
                </Link>{" "}
                · {t(`fields.${s.field}`)} · {format.dateTime(s.at, { dateStyle: "medium" })}
              </p>
              <p className="whitespace-pre-line text-slate-700" lang="fr">
                {s.proposedValue}
              </p>
              <p>
                <span className="font-medium">{t(`status.${s.status}`)}</span>
                {s.decidedAt && <span className="text-slate-600"> · {format.dateTime(s.decidedAt, { dateStyle: "medium" })}</span>}
                {s.decisionReason && <span className="text-slate-700"> — {t("mine.reason", { reason: s.decisionReason })}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
