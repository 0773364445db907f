import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import type { PartnerDetail } from "@/lib/partners/types";
import { compareColumns, compareLines } from "./compare-columns";

/** Partners as columns, fields as rows; differences and gaps flagged visually and in words. */
export async function CompareTable({ partners }: { partners: PartnerDetail[] }) {
  const t = await getTranslations("compare");
  const names = partners.map((p) => p.displayName || p.name);
  const columns = compareColumns(
    {
      field: t("field"),
      row: (row) => t(`rows.${row}`),
      comparedFact: t("comparedFact"),
      remove: (name) => t("remove", { name }),
      missing: t("missing"),
      differs: t("differs"),
    },
    partners,
    names,
  );
  return (
    <div className="mt-4">
      <DataTable
        data={compareLines(partners)}
        columns={columns}
        getRowId={(line) => line.row}
        caption={t("caption", { names: names.join(", ") })}
        tableClassName="table-fixed"
        rowProps={(line) => ({ "data-row": line.row, "data-compared": line.compared || undefined })}
      />
    </div>
  );
}
