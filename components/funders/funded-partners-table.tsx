import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import type { FundedPartnerView } from "@/lib/donors/types";
import { fundedColumns } from "./funded-columns";

/** The partners whose fiche names a funder, one row each: on the funder's page and on its donor's. */
export async function FundedPartnersTable({ partners, caption }: { partners: FundedPartnerView[]; caption: string }) {
  const [td, tc, tf] = await Promise.all([getTranslations("donors.funded"), getTranslations("categories"), getTranslations("partner.funders")]);
  return (
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
  );
}
