import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { pendingSuggestions, recentDecisions } from "@/lib/suggestions/queries";
import { DecisionForms } from "./decision-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.suggestions");
  return { title: t("title"), robots: { index: false } };
}

function Value({ text, kind, empty }: { text: string; kind: "del" | "ins" | "plain"; empty: string }) {
  const body = text || empty;
  const className = "block whitespace-pre-wrap px-2 py-1 text-sm";
  if (kind === "del") return <del className={`${className} bg-red-50 text-red-900`} lang="fr">{body}</del>;
  if (kind === "ins") return <ins className={`${className} bg-green-50 text-green-900 no-underline`} lang="fr">{body}</ins>;
  return <span className={`${className} bg-slate-50`} lang="fr">{body}</span>;
}

/** The admins' queue of corrections suggested from the field (issue 10): compare, accept or reject. */
export default async function SuggestionsQueuePage() {
  await requireRole("admin", "/admin/suggestions");
  const [queue, decisions, t, tFields, format] = await Promise.all([
    pendingSuggestions(),
    recentDecisions(),
    getTranslations("admin.suggestions"),
    getTranslations("suggestions"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </header>
      {queue.length === 0 && <p className="rounded border border-slate-200 bg-white p-4 text-sm">{t("empty")}</p>}
      <ol className="space-y-4">
        {queue.map((s) => (
          <li key={s.id} className="rounded border border-slate-200 bg-white p-4" aria-labelledby={`suggestion-${s.id}`}>
            <h2 id={`suggestion-${s.id}`} className="text-base font-semibold">
              {t("heading", { id: s.id, field: tFields(`fields.${s.field}`) })} ·{" "}
              <Link href={`/partners/${s.partner.slug}`} className="text-brand-700 underline">
                {s.partner.name}
              </Link>
            </h2>
            <p className="text-sm text-slate-600">{t("by", { by: s.by, at: when(s.at) })}</p>
            {s.comment && <p className="mt-1 text-sm italic">{t("source", { comment: s.comment })}</p>}
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              <div>
                <span className="text-xs uppercase text-slate-600">{t("current")}</span>
                <Value text={s.currentValue} kind="del" empty={t("emptyValue")} />
              </div>
              <div>
                <span className="text-xs uppercase text-slate-600">{t("proposed")}</span>
                <Value text={s.proposedValue} kind="ins" empty={t("emptyValue")} />
              </div>
            </div>
            {s.seenValue !== s.currentValue && (
              <p role="note" className="mt-2 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900">
                {t("changedSince")}
              </p>
            )}
            <DecisionForms id={s.id} version={s.partner.version} proposed={s.proposedValue} />
          </li>
        ))}
      </ol>
      {decisions.length > 0 && (
        <section aria-labelledby="decided" className="space-y-2">
          <h2 id="decided" className="text-lg font-semibold">
            {t("decided")}
          </h2>
          <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm">
            {decisions.map((d) => (
              <li key={d.id} className="p-3">
                {t("decidedLine", { id: d.id, field: tFields(`fields.${d.field}`), status: tFields(`status.${d.status}`), by: d.decidedBy ?? "—" })}{" "}
                <Link href={`/partners/${d.partner.slug}`} className="text-brand-700 underline">
                  {d.partner.name}
                </Link>
                {d.decisionReason && <span className="text-slate-600"> — {d.decisionReason}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
