import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { editPartner } from "@/lib/partners/actions/partner";
import { PartnerForm } from "../../_components/partner-form";
import { StatusForm } from "../../_components/status-form";
import { loadChoices, loadEditablePartner } from "../../_lib/load";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.edit");
  return { title: t("title", { name: (await params).slug }), robots: { index: false } };
}

export default async function EditPartnerPage({ params }: Props) {
  const { slug } = await params;
  await requireRole("admin", `/admin/partners/${slug}/edit`);
  const [partner, choices, t] = await Promise.all([loadEditablePartner(slug), loadChoices(), getTranslations("admin.edit")]);
  if (!partner) notFound();
  const archived = partner.snapshot.status === "archived";
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title", { name: partner.snapshot.scalars.displayName })}</h1>
        <p className="flex flex-wrap gap-4 text-sm">
          <span className="text-slate-600">{t("version", { version: partner.version })}</span>
          <Link href={`/partners/${partner.slug}`} className="text-brand-700 underline">
            {t("viewPartner")}
          </Link>
          <Link href={`/admin/partners/${partner.slug}/history`} className="text-brand-700 underline">
            {t("history")}
          </Link>
        </p>
        {archived && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("archivedNotice")}
          </p>
        )}
      </header>
      <PartnerForm
        action={editPartner}
        mode="edit"
        partner={{ id: partner.id, version: partner.version, slug: partner.slug }}
        snapshot={partner.snapshot}
        regions={choices.regions}
        funders={choices.funders}
      />
      <section aria-labelledby="status-title" className="rounded border border-red-200 bg-white p-4 lg:ml-[12.5rem]">
        <h2 id="status-title" className="text-base font-semibold">
          {t("statusTitle")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-slate-700">{t("statusIntro")}</p>
        <StatusForm key={partner.version} id={partner.id} version={partner.version} archived={archived} />
      </section>
    </div>
  );
}
