import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listPartnerHistory } from "@/lib/partners/history";
import { FieldDiffView } from "@/app/admin/_components/field-diff";
import { describeChange } from "./_lib/format";
import { RestoreForm } from "./restore-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.history");
  return { title: t("title", { name: (await params).slug }), robots: { index: false } };
}

function ChangeView({ field, label, change, t }: { field: string; label: string; change: { before: unknown; after: unknown }; t: (k: string) => string }) {
  const diff = describeChange(field, change);
  return (
    <div className="border-t border-slate-100 py-2">
      <h4 className="text-sm font-semibold text-slate-800">{label}</h4>
      <FieldDiffView diff={diff} words={{ before: t("before"), after: t("after"), empty: t("empty_value") }} />
    </div>
  );
}

export default async function PartnerHistoryPage({ params }: Props) {
  const { slug } = await params;
  await requireRole("admin", `/admin/partners/${slug}/history`);
  const db = getDb();
  const partner = await db.partner.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true, version: true } });
  if (!partner) notFound();
  const [entries, t, tEdit, format] = await Promise.all([
    listPartnerHistory(db, partner.id),
    getTranslations("admin.history"),
    getTranslations("admin.edit"),
    getFormatter(),
  ]);
  const fieldLabel = (f: string) => (tEdit.has(`fields.${f}`) ? tEdit(`fields.${f}`) : f);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title", { name: partner.displayName })}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p className="flex gap-4 text-sm">
        <Link href={`/partners/${partner.slug}`} className="text-brand-700 underline">
          {tEdit("viewPartner")}
        </Link>
        <Link href={`/admin/partners/${partner.slug}/edit`} className="text-brand-700 underline">
          {tEdit("editLink")}
        </Link>
      </p>
      {entries.length === 0 && <p className="rounded border border-slate-200 bg-white p-4 text-sm">{t("empty")}</p>}
      <ol className="space-y-4">
        {entries.map((entry) => {
          const changes = Object.entries((entry.changes ?? {}) as Record<string, { before: unknown; after: unknown }>);
          const isCurrent = entry.version === partner.version;
          return (
            // A change's anchor is its version (the fiche's provenance marks link to it); a verification keeps the version it confirmed.
            <li key={entry.id} id={entry.action === "verify" ? `verify-${entry.id}` : `v${entry.version}`} className="scroll-mt-4 rounded border border-slate-200 bg-white p-4">
              <h2 className="flex flex-wrap items-baseline gap-x-3 text-base font-semibold">
                <span>{t("version", { version: entry.version })}</span>
                <span className="font-normal">{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</span>
                {isCurrent && <span className="rounded bg-brand-50 px-2 text-xs text-brand-800">{t("current")}</span>}
              </h2>
              <p className="text-sm text-slate-600">
                <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                {" · "}
                {entry.user ? t("by", { by: entry.user.name ? `${entry.user.name} (${entry.user.email})` : entry.user.email }) : t("byImport")}
              </p>
              {entry.reason && <p className="mt-1 text-sm italic">{t("reason", { reason: entry.reason })}</p>}
              {changes.length > 0 && (
                <div className="mt-2">
                  {changes.map(([field, change]) => (
                    <ChangeView key={field} field={field} label={fieldLabel(field)} change={change} t={(k) => t(k)} />
                  ))}
                </div>
              )}
              {!isCurrent && <RestoreForm id={partner.id} version={partner.version} targetVersion={entry.version} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
