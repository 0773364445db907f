import { getTranslations } from "next-intl/server";

/**
 * The filters' container: a sidebar on wide screens, a drawer on phones
 * (issue 12: results first). A <details>, so it opens and closes without
 * JavaScript; on wide screens globals.css shows its content whether open or
 * not (::details-content) and hides the toggle. Open on a phone, it covers the
 * page, and its summary turns into the "close" bar at the top.
 */
export async function FilterDrawer({ active, children }: { active: number; children: React.ReactNode }) {
  const t = await getTranslations("partners");
  return (
    <details className="filter-drawer group no-print">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 group-open:fixed group-open:inset-x-0 group-open:top-0 group-open:z-50 group-open:rounded-none group-open:border-x-0 group-open:border-t-0 group-open:border-slate-300 [&::-webkit-details-marker]:hidden">
        <span className="group-open:hidden">{active > 0 ? t("drawer.openActive", { count: active }) : t("drawer.open")}</span>
        <span className="hidden group-open:inline">{t("drawer.close")}</span>
        <span aria-hidden="true" className="text-lg leading-none">
          <span className="group-open:hidden">▾</span>
          <span className="hidden group-open:inline">×</span>
        </span>
      </summary>
      <div className="filter-drawer-panel">
        <h2 className="mb-2 text-lg font-semibold">{t("filters.title")}</h2>
        {children}
      </div>
    </details>
  );
}
