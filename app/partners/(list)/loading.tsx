import { getTranslations } from "next-intl/server";
import { TableSkeleton } from "@/components/data-table/table-skeleton";

/** Shown while the list's queries run (navigation between views streams this first). */
export default async function Loading() {
  const t = await getTranslations("common");
  const p = await getTranslations("partners");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">{p("title")}</h1>
      <div className="h-10 w-full max-w-2xl animate-pulse rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <div className="hidden space-y-2 lg:block">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="h-4 animate-pulse rounded bg-slate-200" />
          ))}
        </div>
        <TableSkeleton label={t("loading")} rows={10} columns={7} />
      </div>
    </div>
  );
}
