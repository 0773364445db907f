import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import { Link } from "@/lib/i18n/navigation";
import type { FundedPartnerView } from "@/lib/donors/types";
import { fundedColumns } from "./funded-columns";

/**
 * The partners whose fiche names a funder, one row each (current funding first,
 * then by name): on the funder's page and on its donor's. `partners` are the
 * first `FUNDED_ROWS_SHOWN` (lib/funders/summary.ts) of `total`; when some are
 * left, a link to all of them in the list (`listHref`).
 */
export async function FundedPartnersTable({ partners, total, caption, listHref }: { partners: FundedPartnerView[]; total: number; caption: string; listHref: string }) {
  const [td, tc, tf] = await Promise.all([getTranslations("donors.funded"), getTranslations("categories"), getTranslations("partner.funders")]);
  return (
    <>
      <DataTable
        data={partners}
        getRowId={(p) => p.slug}
        caption={caption}
        columns={fundedColumns({
          header: (id) => td(id),
          category: (slug) => tc(slug as "ngo"),
          when: (p) => (p.current && p.past ? td("currentAndPast") : p.current ? td("current") : td("past")),
          inferredVia: (programmes) => tf("viaInferred", { programmes: programmes.join(", ") }),
        })}
      />
      {total > partners.length && (
        <p className="mt-2 text-sm text-slate-700" data-funded-more>
          {td("shownOf", { shown: partners.length, total })}{" "}
          <Link href={listHref} className="text-brand-700 underline">
            {td("allInList", { total })}
          </Link>
        </p>
      )}
    </>
  );
}
