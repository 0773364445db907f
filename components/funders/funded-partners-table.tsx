import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import { Link } from "@/lib/i18n/navigation";
import type { FundedPartnerView } from "@/lib/donors/types";
import { fundedRowsShown } from "@/lib/funders/summary";
import { fundedColumns } from "./funded-columns";

/**
 * The partners whose fiche names a funder, one row each (current funding first,
 * then by name): on the funder's page and on its donor's. Past
 * `FUNDED_ROWS_SHOWN` (lib/funders/summary.ts), the first ones and a link to all
 * of them in the list (`listHref`).
 */
export async function FundedPartnersTable({ partners, caption, listHref }: { partners: FundedPartnerView[]; caption: string; listHref: string }) {
  const [td, tc, tf] = await Promise.all([getTranslations("donors.funded"), getTranslations("categories"), getTranslations("partner.funders")]);
  const { shown, more } = fundedRowsShown(partners);
  return (
    <>
      <DataTable
        data={shown}
        getRowId={(p) => p.slug}
        caption={caption}
        columns={fundedColumns({
          header: (id) => td(id),
          category: (slug) => tc(slug as "ngo"),
          when: (p) => (p.current && p.past ? td("currentAndPast") : p.current ? td("current") : td("past")),
          inferredVia: (programmes) => tf("viaInferred", { programmes: programmes.join(", ") }),
        })}
      />
      {more > 0 && (
        <p className="mt-2 text-sm text-slate-700" data-funded-more>
          {td("shownOf", { shown: shown.length, total: partners.length })}{" "}
          <Link href={listHref} className="text-brand-700 underline">
            {td("allInList", { total: partners.length })}
          </Link>
        </p>
      )}
    </>
  );
}
