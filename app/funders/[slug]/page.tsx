import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats-server";
import { cache } from "react";
import { getViewer } from "@/lib/auth/viewer";
import { cachedFundingFigures } from "@/lib/funders/cached";
import { getFunderBySlug } from "@/lib/funders/queries";
import { FUNDED_ROWS_SHOWN } from "@/lib/funders/summary";
import { FundedPartnersTable } from "@/components/funders/funded-partners-table";

interface Props {
  params: Promise<{ slug: string }>;
}

const loadFunder = cache(async (slug: string) => getFunderBySlug(slug, await getViewer(), { partnersShown: FUNDED_ROWS_SHOWN, figures: cachedFundingFigures }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const funder = await loadFunder((await params).slug);
  return { title: funder?.name ?? (await getTranslations("funders.detail"))("notFoundTitle") };
}

/** One funder: its share of the directory, where and in which categories its partners work, and the partners. */
export default async function FunderPage({ params }: Props) {
  const funder = await loadFunder((await params).slug);
  if (!funder) notFound();
  const t = await getTranslations("funders");
  const tc = await getTranslations("categories");
  const formats = await getFormats();
  const share = formats.share(funder.share);
  const list = `/partners?funder=${funder.slug}`;
  const regions = funder.regions.filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
  const categories = funder.categories.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);

  return (
    <article className="mx-auto max-w-5xl">
      <Link href="/funders" className="text-sm text-brand-700 underline">
        ← {t("detail.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold" lang="fr">
        {funder.name}
      </h1>
      {funder.fullName && funder.fullName !== funder.name && (
        <p className="text-slate-700" lang="fr">
          {funder.fullName}
        </p>
      )}
      <p className="mt-2 text-sm text-slate-700">{t("detail.kind", { kind: t.has(`kind.${funder.kind}`) ? t(`kind.${funder.kind}` as "kind.other") : funder.kind })}</p>
      <p className="mt-2 max-w-3xl">
        {t("detail.figures", { count: funder.partnerCount, total: funder.activePartners, share })}{" "}
        {funder.partnerCount > 0 && t("detail.currentFigures", { count: funder.currentCount, past: funder.partnerCount - funder.currentCount })}
      </p>
      {funder.donor && (
        <p className="mt-2">
          {t("detail.donor")}{" "}
          <Link href={`/donors/${funder.donor.slug}`} className="font-medium text-brand-700 underline">
            {funder.donor.name}
          </Link>
        </p>
      )}
      {funder.partnerCount === 0 ? (
        <p className="mt-6 text-slate-700">{t("detail.none")}</p>
      ) : (
        <>
          <p className="mt-3">
            <Link href={list} className="text-brand-700 underline">
              {t("detail.listLink")}
            </Link>
          </p>
          <div className="mt-6 grid gap-6 sm:grid-cols-2">
            <section aria-labelledby="by-region">
              <h2 id="by-region" className="text-lg font-semibold">
                {t("detail.byRegion")}
              </h2>
              <p className="text-sm text-slate-600">{t("detail.byRegionIntro")}</p>
              <ul className="mt-2 space-y-1">
                {regions.map((r) => (
                  <li key={r.slug}>
                    <Link href={`${list}&region=${r.slug}`} className="text-brand-700 underline">
                      {t("detail.regionLink", { count: r.count, region: r.name, national: r.count - r.named })}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="by-category">
              <h2 id="by-category" className="text-lg font-semibold">
                {t("detail.byCategory")}
              </h2>
              <ul className="mt-2 space-y-1">
                {categories.map((c) => (
                  <li key={c.category}>
                    <Link href={`${list}&category=${c.category}`} className="text-brand-700 underline">
                      {t("detail.categoryLink", { count: c.count, category: tc(c.category) })}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section aria-labelledby="funded" className="mt-6">
            <h2 id="funded" className="text-lg font-semibold">
              {t("detail.partners")}
            </h2>
            <div className="mt-2">
              <FundedPartnersTable partners={funder.partners} total={funder.partnerCount} caption={t("detail.caption", { funder: funder.name })} listHref={list} />
            </div>
          </section>
        </>
      )}
    </article>
  );
}
