import { useTranslations } from "@/lib/i18n/server-hooks";
import type { DroppedParam } from "@/lib/partners/filters";

const NAMED = ["q", "region", "category", "funder", "course", "returnees", "minCapacity", "hasInsertion", "sort", "page", "pageSize", "format", "columns"];

/** Which parameter of the link could not be read and was left out, in the page's language (issue 12). */
export function DroppedParams({ dropped }: { dropped: DroppedParam[] }) {
  const t = useTranslations("partners.dropped");
  if (dropped.length === 0) return null;
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>{t("intro")}</p>
      <ul className="mt-1 list-inside list-disc">
        {dropped.map((d, i) => (
          <li key={`${d.param}-${i}`}>
            {t("item", {
              name: NAMED.includes(d.param) ? t(`names.${d.param}` as "names.q") : d.param,
              param: d.param,
              value: d.value,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
