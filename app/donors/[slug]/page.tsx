import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getViewer } from "@/lib/auth/viewer";
import { getDonorBySlug } from "@/lib/donors/queries";
import { FUNDED_ROWS_SHOWN } from "@/lib/funders/summary";
import { ArchivedBanner } from "@/components/fiche/archived-banner";
import { ContactsBlock } from "@/components/fiche/contacts-block";
import { Coverage } from "@/components/fiche/coverage";
import { FicheSections } from "@/components/fiche/fiche-sections";
import { FieldValue } from "@/components/fiche/field-value";
import { PrintButton } from "@/components/fiche/print-button";
import { SourceRef } from "@/components/fiche/source-ref";
import { WebsitesList } from "@/components/fiche/websites-list";
import { FundedPartners } from "./_components/funded-partners";
import { ProjectsTable } from "./_components/projects-table";
import { Term } from "@/components/i18n/term";

interface Props {
  params: Promise<{ slug: string }>;
}

const loadDonor = cache(async (slug: string) => getDonorBySlug(slug, await getViewer(), { partnersShown: FUNDED_ROWS_SHOWN }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const donor = await loadDonor((await params).slug);
  return { title: donor ? donor.displayName : (await getTranslations("donors.notFound"))("title") };
}

export default async function DonorPage({ params }: Props) {
  const donor = await loadDonor((await params).slug);
  if (!donor) notFound();
  const t = await getTranslations("donors");
  const tp = await getTranslations("partner");
  const coordination = (["anchoring", "referral", "perspectives", "remarks"] as const).filter((k) => donor[k]);

  return (
    <article className="mx-auto max-w-5xl print:max-w-none">
      <nav aria-label={tp("actionsLabel")} className="no-print mb-4 flex flex-wrap items-center gap-3 text-sm">
        <Link href="/donors" className="text-brand-700 underline">
          ← {t("back")}
        </Link>
        <PrintButton label={tp("print")} />
      </nav>
      <ArchivedBanner status={donor.status} />
      <header className="border-b border-slate-200 pb-4">
        <p className="text-sm text-slate-600">
          {donor.number != null && <span>{t("fiche", { number: donor.number })} · </span>}
          <SourceRef prefix="FA" number={donor.number} lines={donor.lines} />
        </p>
        <h1 className="mt-1 text-2xl font-semibold" lang="fr">
          {donor.displayName}
        </h1>
        <p className="mt-2 text-sm">
          <Coverage national={donor.national} regions={donor.regions} fallback={donor.regionText} />
        </p>
        {donor.themes.length > 0 && (
          <div className="mt-2">
            <h2 className="sr-only">{t("themes")}</h2>
            <ul className="flex flex-wrap gap-2 text-sm">
              {donor.themes.map((theme) => (
                <li key={theme} className="rounded-full bg-brand-100 px-3 py-0.5 text-brand-800">
                  <Term group="donorThemes" value={theme} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <ProjectsTable donor={donor} />
      <FundedPartners donor={donor} />
      {coordination.length > 0 && (
        <section aria-labelledby="coordination-title" className="mt-6">
          <h2 id="coordination-title" className="text-lg font-semibold">
            {t("coordination.title")}
          </h2>
          <dl className="mt-2 space-y-3">
            {coordination.map((k) => (
              <div key={k} className="rounded border border-slate-200 bg-white p-3">
                <dt className="text-sm font-medium text-slate-600">{t(`coordination.${k}`)}</dt>
                <dd className="mt-1 text-sm" lang="fr">
                  <FieldValue value={donor[k]!} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <ContactsBlock contacts={donor.contacts} callbackUrl={`/donors/${donor.slug}`} />
      <WebsitesList websites={donor.websites} />
      <FicheSections prefix="FA" number={donor.number} sections={donor.sections} />
    </article>
  );
}
