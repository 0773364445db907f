import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import type { FicheChange, TableSummary } from "@/lib/imports/change-set";
import type { FicheKind } from "@/lib/imports/decisions";
import { getImportReview } from "@/lib/imports/queries";
import { DataTable } from "@/components/data-table/data-table";
import { FicheChangeView } from "./_components/fiche-change";
import { SUMMARY_TABLES, summaryColumns, type SummaryLine } from "./_components/summary-columns";
import { DiscardForm, ReviewForm } from "./_components/review-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("title"), robots: { index: false } };
}

async function SummaryTable({ summary }: { summary: Record<string, TableSummary> }) {
  const t = await getTranslations("imports");
  const lines = SUMMARY_TABLES.filter((table) => summary[table]).map((table): SummaryLine => ({ ...summary[table], table }));
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title" className="mb-2 text-lg font-semibold">
        {t("review.summaryCaption")}
      </h2>
      <DataTable
        data={lines}
        getRowId={(line) => line.table}
        caption={t("review.summaryCaption")}
        rowProps={(line) => ({ "data-table": line.table })}
        columns={summaryColumns({ table: t("review.table"), tableName: (table) => t(`tables.${table}`), count: (c) => t(`review.${c}`) })}
      />
    </section>
  );
}

async function FicheList({ kind, heading, fiches, label }: { kind: FicheKind; heading: string; fiches: FicheChange[]; label: (f: string) => string }) {
  const t = await getTranslations("imports.review");
  const moving = fiches.filter((f) => f.status !== "unchanged");
  const unchanged = fiches.filter((f) => f.status === "unchanged");
  return (
    <section className="space-y-3">
      <h2 className="text-xl font-semibold">{heading}</h2>
      {moving.map((fiche) => (
        <FicheChangeView key={fiche.number} kind={kind} fiche={fiche} label={label} />
      ))}
      {unchanged.length > 0 && (
        <details className="rounded border border-slate-200 bg-white p-3 text-sm">
          <summary>{t("unchangedList", { count: unchanged.length })}</summary>
          <ul className="mt-2 columns-1 sm:columns-2" lang="fr">
            {unchanged.map((f) => (
              <li key={f.number}>{t("fiche", { number: f.number, name: f.name })}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export default async function ImportReviewPage({ params }: Props) {
  const { id } = await params;
  const number = Number(id);
  await requireRole("admin", `/admin/imports/${id}`);
  if (!Number.isSafeInteger(number) || number <= 0) notFound();
  const review = await getImportReview(getDb(), number);
  if (!review) notFound();
  const [t, tEdit, format] = await Promise.all([getTranslations("imports"), getTranslations("admin.edit"), getFormatter()]);
  const label = (f: string) => (t.has(`fields.${f}`) ? t(`fields.${f}`) : tEdit.has(`fields.${f}`) ? tEdit(`fields.${f}`) : f);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const who = (u: { name: string | null; email: string } | null) => (u ? (u.name ?? u.email) : "npm run import");
  const set = review.plan?.changeSet;
  const period = set?.edition.period;
  const nothing = set && Object.values(set.summary).every((s) => s.added + s.removed + s.changed === 0);

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href="/admin/imports" className="text-brand-700 underline">{t("review.back")}</Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("review.title", { title: review.title ?? review.sourceFile })}</h1>
        <p className="text-sm text-slate-700">{t("review.file", { file: review.sourceFile })}</p>
        <p className="text-sm text-slate-700">{t("review.stagedBy", { at: when(review.createdAt), by: who(review.createdBy) })}</p>
        {review.decidedAt && (
          <p className="text-sm font-medium" data-status={review.status}>
            {t("review.decidedBy", { status: t(`status.${review.status}`), at: when(review.decidedAt), by: who(review.decidedBy) })}
          </p>
        )}
        {review.edition && <p className="text-sm">{t("review.edition", { title: review.edition.title })}</p>}
        {set?.edition.replaces && <p className="text-sm text-slate-700">{t("review.replaces", { title: set.edition.replaces.title })}</p>}
        {period?.from && period.to && (
          <p className="text-sm text-slate-700">
            {t("review.period", { from: format.dateTime(new Date(period.from), { dateStyle: "medium", timeZone: "UTC" }), to: format.dateTime(new Date(period.to), { dateStyle: "medium", timeZone: "UTC" }) })}
          </p>
        )}
      </div>
      <SummaryTable summary={set?.summary ?? review.summary} />
      {set && nothing && <p className="rounded border border-slate-200 bg-white p-4 text-sm">{t("review.nothing")}</p>}
      {set && review.plan && (
        <ReviewForm id={review.id} fingerprint={review.plan.fingerprint}>
          <FicheList kind="partner" heading={t("review.partnersHeading")} fiches={set.partners} label={label} />
          <FicheList kind="actor" heading={t("review.actorsHeading")} fiches={set.actors} label={label} />
        </ReviewForm>
      )}
      {review.status === "staged" && <DiscardForm id={review.id} />}
    </div>
  );
}
