import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { DonorDetail } from "@/lib/donors/types";
import { FundedPartnersTable } from "@/components/funders/funded-partners-table";

/** Partners whose fiche names this donor's funder: one click from donor to partner. */
export async function FundedPartners({ donor }: { donor: DonorDetail }) {
  const t = await getTranslations("donors.funded");
  const funder = donor.funder;
  return (
    <section aria-labelledby="funded-title" className="mt-6">
      <h2 id="funded-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {!funder ? (
        <p className="mt-2 text-sm text-slate-700">{t("noFunder")}</p>
      ) : donor.fundedPartners.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("none")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            {t("intro", { funder: funder.name })}{" "}
            <Link href={`/partners?funder=${funder.slug}`} className="no-print text-brand-700 underline">
              {t("listLink")}
            </Link>
          </p>
          <div className="mt-2">
            <FundedPartnersTable partners={donor.fundedPartners} total={donor.fundedPartnerCount} caption={t("caption", { funder: funder.name })} listHref={`/partners?funder=${funder.slug}`} />
          </div>
        </>
      )}
    </section>
  );
}
