import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server-hooks";
import { ArchivedBanner } from "@/components/fiche/archived-banner";
import { ContactsBlock } from "@/components/fiche/contacts-block";
import { FicheSections } from "@/components/fiche/fiche-sections";
import { PrintColophon } from "@/components/fiche/print-colophon";
import { WebsitesList } from "@/components/fiche/websites-list";
import { FicheActions } from "./_components/fiche-actions";
import { FicheHeader } from "./_components/fiche-header";
import { KeyFacts } from "./_components/key-facts";
import { FundersList, TrainingsList } from "./_components/trainings-and-funders";
import { VerificationStatus } from "./_components/verification-status";
import { formatPeriod } from "@/lib/editions/period";
import { loadPartner, loadViewer } from "./_components/load";
import { getLocalize } from "@/lib/i18n/navigation";
import { splitLocale } from "@/lib/i18n/routing";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}


const LIST_URL = /^\/partners(?:\?[^\s]*)?$/;

/**
 * "Back to results": the list URL given as ?from=, else the list page the visitor
 * came from (Referer). Only a list URL of this site qualifies (no open redirect).
 */
async function backHref(from: string | string[] | undefined): Promise<string | null> {
  if (typeof from === "string" && LIST_URL.test(from)) return from;
  const referer = (await headers()).get("referer");
  if (!referer) return null;
  try {
    const url = new URL(referer);
    const host = (await headers()).get("host");
    // The list in either language (/en/partners…): the back link is localized by Link.
    const path = `${splitLocale(url.pathname).path}${url.search}`;
    return url.host === host && LIST_URL.test(path) ? path : null;
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const partner = await loadPartner((await params).slug);
  if (!partner) return { title: (await getTranslations("partner.notFound"))("title") };
  return { title: partner.acronym ? `${partner.displayName || partner.name} (${partner.acronym})` : partner.displayName || partner.name };
}

export default async function PartnerPage({ params, searchParams }: Props) {
  const slug = (await params).slug;
  const partner = await loadPartner(slug);
  if (!partner) notFound();
  const back = await backHref((await searchParams).from);
  const viewer = await loadViewer();
  const isAdmin = viewer?.role === "admin";
  const [t, localize] = await Promise.all([getTranslations("partner.sections"), getLocalize()]);
  const period = partner.edition ? formatPeriod(partner.edition.period, await getLocale()) : null;
  const context = { slug: partner.slug, number: partner.number, edition: partner.edition?.title ?? null, canSeeHistory: isAdmin, canSuggest: viewer !== null };

  return (
    <article className="mx-auto max-w-5xl print:max-w-none">
      <FicheActions slug={partner.slug} backHref={back} canEdit={isAdmin} canSuggest={viewer !== null && partner.status === "active"} />
      <PrintColophon
        path={localize(`/partners/${partner.slug}`)}
        prefix="FP"
        number={partner.number}
        lines={partner.lines}
        edition={partner.edition}
        verifiedAt={partner.verifiedAt}
      />
      <ArchivedBanner status={partner.status} />
      <FicheHeader partner={partner} />
      <VerificationStatus partner={partner} signedIn={viewer !== null} />
      <KeyFacts partner={partner} context={context} />
      <TrainingsList trainings={partner.trainings} />
      <FundersList funders={partner.funders} />
      <ContactsBlock contacts={partner.contacts} callbackUrl={`/partners/${partner.slug}`} />
      <WebsitesList websites={partner.websites} />
      {partner.edition ? (
        <FicheSections
          prefix="FP"
          number={partner.number}
          sections={partner.sections}
          sourceTitle={{ title: period ? t("reportText", { period }) : t("reportTextNoPeriod"), hint: t("reportTextHint") }}
          onDemand={{ href: localize(`/partners/${partner.slug}/original`), labels: { link: t("reportTextLink"), loading: t("reportTextLoading") } }}
        />
      ) : (
        <FicheSections prefix="FP" number={partner.number} sections={partner.sections} />
      )}
    </article>
  );
}
