import { useTranslations } from "@/lib/i18n/server-hooks";

/**
 * The filters' container: a sidebar on wide screens, a drawer on phones
 * (issue 12: results first). A <details>, so it opens and closes without
 * JavaScript; on wide screens globals.css shows its content whether open or
 * not (::details-content) and hides the toggle. Open on a phone, it covers the
 * page, and its summary turns into the "close" bar at the top.
 */
export function FilterDrawer({ active, children }: { active: number; children: React.ReactNode }) {
  const t = useTranslations("partners");
  return (
    <details className="filter-drawer no-print">
      {/* Styled by `.filter-drawer > summary` (app/globals.css): a button on a phone, the "close" bar once open;
          of each pair of spans, CSS shows the first while closed and the second while open. */}
      <summary>
        <span>{active > 0 ? t("drawer.openActive", { count: active }) : t("drawer.open")}</span>
        <span>{t("drawer.close")}</span>
        <span aria-hidden="true">
          <span>▾</span>
          <span>×</span>
        </span>
      </summary>
      <div className="filter-drawer-panel">
        <h2 className="mb-2 text-lg font-semibold">{t("filters.title")}</h2>
        {children}
      </div>
    </details>
  );
}
