import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { getViewer } from "@/lib/auth/viewer";
import { getPartnerBySlug } from "@/lib/partners/detail-queries";
import { loadEditablePartner } from "../../_lib/load";
import { VerifyForm } from "./verify-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.verify");
  return { title: t("title", { name: (await params).slug }), robots: { index: false } };
}

/** An admin confirms a fiche as it stands (issue 10): nothing in it changes, the history records who, when and how. */
export default async function VerifyPartnerPage({ params }: Props) {
  const { slug } = await params;
  await requireRole("admin", `/admin/partners/${slug}/verify`);
  const [partner, current] = await Promise.all([getPartnerBySlug(slug, await getViewer()), loadEditablePartner(slug)]);
  if (!partner || !current) notFound();
  const [t, format] = await Promise.all([getTranslations("admin.verify"), getFormatter()]);
  const name = partner.displayName || partner.name;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title", { name })}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p className="text-sm">
        {partner.verification ? (
          <>
            {t("last", { date: format.dateTime(new Date(partner.verification.at), { dateStyle: "long" }) })}
            {partner.verification.note && <span className="italic"> — {partner.verification.note}</span>}
          </>
        ) : (
          t("never")
        )}
      </p>
      <p className="flex gap-4 text-sm">
        <Link href={`/partners/${slug}`} className="text-brand-700 underline">
          {t("viewPartner")}
        </Link>
        <Link href={`/admin/partners/${slug}/edit`} className="text-brand-700 underline">
          {t("editInstead")}
        </Link>
      </p>
      <VerifyForm id={current.id} version={current.version} />
    </div>
  );
}
