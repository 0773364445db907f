import Link from "next/link";
import { useTranslations } from "next-intl";
import { ROW_SELECT } from "@/components/data-table/selection-column";
import type { PartnerListItem } from "@/lib/partners/types";
import { CapacityCell, FicheNumber, InsertionCell, PassageText, RegionsCell, ReturneesBadge } from "./cells";

/**
 * The results on a phone: one card per partner with its key facts (category,
 * regions, capacity, returnee experience), instead of a table that scrolls
 * sideways (issue 12). Server-rendered beside the table; CSS shows one or the
 * other. The tick box joins the compare selection like a table row's.
 */
export function PartnerCards({ items, className = "" }: { items: PartnerListItem[]; className?: string }) {
  const t = useTranslations("partners");
  const tCategory = useTranslations("categories");
  return (
    <ul className={`space-y-3 ${className}`} aria-label={t("table.caption")}>
      {items.map((p) => (
        <li key={p.slug} className="rounded border border-slate-200 bg-white p-3 has-[:checked]:bg-brand-50">
          <div className="flex items-start gap-3">
            <div className="min-w-0 flex-1">
              <h3 className="text-base font-semibold leading-snug">
                <Link href={p.url} className="text-brand-700 underline underline-offset-2" lang="fr">
                  {p.name}
                </Link>
              </h3>
              {p.number !== null && <FicheNumber number={p.number} className="block text-xs text-slate-600" />}
            </div>
            <input
              type="checkbox"
              value={p.slug}
              {...{ [ROW_SELECT]: p.slug }}
              aria-label={t("table.select", { name: p.name })}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
            />
          </div>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("columns.category")}</dt>
            <dd>{tCategory(p.category)}</dd>
            <dt className="text-slate-600">{t("columns.regions")}</dt>
            <dd>
              <RegionsCell item={p} />
            </dd>
            <dt className="text-slate-600">{t("columns.capacity")}</dt>
            <dd>
              <CapacityCell item={p} />
            </dd>
            <dt className="text-slate-600">{t("columns.returnees")}</dt>
            <dd>
              <ReturneesBadge value={p.returneeExperience} />
            </dd>
            {p.insertion?.rate != null && (
              <>
                <dt className="text-slate-600">{t("columns.insertion")}</dt>
                <dd>
                  <InsertionCell item={p} />
                </dd>
              </>
            )}
          </dl>
          {p.passage && <PassageText passage={p.passage} label={t("search.passage")} />}
        </li>
      ))}
    </ul>
  );
}
