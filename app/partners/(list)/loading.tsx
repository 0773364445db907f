import { getTranslations } from "next-intl/server";
import { TableSkeleton } from "@/components/data-table/table-skeleton";

/**
 * Without JavaScript the streamed page never replaces this fallback (React
 * swaps it with a script), so the list would stay "Loading…" forever: there,
 * the fallback hides and the streamed content (a hidden div at the end of the
 * body) shows, before the footer.
 */
const NO_SCRIPT_CSS =
  "[data-list-fallback]{display:none}body{display:flex;flex-direction:column}body>div[hidden][id^='S:']{display:block;order:1;width:100%;max-width:80rem;margin:0 auto;padding:1.5rem 1rem}body>footer{order:2}";

/** Shown while the list's queries run (navigation between views streams this first). */
export default async function Loading() {
  const t = await getTranslations("common");
  const p = await getTranslations("partners");
  return (
    <div className="space-y-4" data-list-fallback="">
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
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
