import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats-server";
import { getViewer } from "@/lib/auth/viewer";
import { cachedFundingFigures } from "@/lib/funders/cached";
import { listFunders } from "@/lib/funders/queries";
import { DataTable } from "@/components/data-table/data-table";
import { funderColumns } from "./_components/funders-columns";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("funders"))("title") };
}

/** Every funder the partner fiches name, with its partners, where, and its share of the directory. */
export default async function FundersPage() {
  const t = await getTranslations("funders");
  const tc = await getTranslations("categories");
  const formats = await getFormats();
  const directory = await listFunders(await getViewer(), cachedFundingFigures);
  const columns = funderColumns({
    header: (id) => t(`table.${id}`),
    category: (slug) => tc(slug as "ngo"),
    kind: (kind) => (t.has(`kind.${kind}`) ? t(`kind.${kind}` as "kind.other") : kind),
    partners: (count) => t("partnersLink", { count }),
    partnersLabel: (count, funder) => t("partnersLinkLabel", { count, funder }),
    pastOnly: (count) => t("pastOnly", { count }),
    national: (count) => t("nationalShort", { count }),
    percent: (share) => formats.share(share, 0),
    donorLink: t("donorLink"),
    noDonor: t("noDonor"),
  });
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        {t("intro", { count: directory.funders.length, partners: directory.activePartners })}{" "}
        <Link href="/donors" className="text-brand-700 underline">
          {t("donorsLink")}
        </Link>
      </p>
      <div className="mt-4">
        <DataTable data={directory.funders} columns={columns} getRowId={(f) => f.slug} caption={t("table.caption")} />
      </div>
    </div>
  );
}
