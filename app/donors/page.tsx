import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { listDonors } from "@/lib/donors/queries";
import { cachedFundingFigures } from "@/lib/funders/cached";
import { DataTable } from "@/components/data-table/data-table";
import { donorColumns } from "./_components/donor-columns";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("donors"))("title") };
}

/** The report's actor fiches, one row each: "who funds what, where" starts here. */
export default async function DonorsPage() {
  const t = await getTranslations("donors");
  const donors = await listDonors(await getViewer(), cachedFundingFigures);
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        {t("intro", { count: donors.length })}{" "}
        <Link href="/funders" className="text-brand-700 underline">
          {t("allFunders")}
        </Link>
      </p>
      <div className="mt-4">
        <DataTable data={donors} columns={donorColumns((id) => t(`table.${id}`))} getRowId={(d) => d.slug} caption={t("table.caption")} />
      </div>
    </div>
  );
}
