import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/navigation";
import { MAX_COMPARED } from "@/lib/partners/compare";

interface PartnerPickerProps {
  options: { slug: string; name: string }[];
  selected: readonly string[];
  /** Open by default when there is nothing to compare yet. */
  open: boolean;
}

/**
 * Up to four selects in a GET form: it sends ?partners=a&partners=b, which the
 * page reads like ?partners=a,b, so picking works without JavaScript.
 */
export async function PartnerPicker({ options, selected, open }: PartnerPickerProps) {
  const [t, action] = await Promise.all([getTranslations("compare.picker"), localized("/compare")]);
  const form = (
    <form method="get" action={action} className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {Array.from({ length: MAX_COMPARED }, (_, i) => (
        <div key={i} className="flex flex-col gap-1">
          <label htmlFor={`pick-${i}`} className="text-sm font-medium text-slate-700">
            {t("slot", { n: i + 1 })}
          </label>
          <select
            id={`pick-${i}`}
            name="partners"
            defaultValue={selected[i] ?? ""}
            className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t("none")}</option>
            {options.map((o) => (
              <option key={o.slug} value={o.slug} lang="fr">
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </div>
    </form>
  );
  return (
    <details open={open} className="no-print mt-6 rounded border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-slate-900">{open ? t("title") : t("change")}</summary>
      {form}
    </details>
  );
}
