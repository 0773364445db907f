import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/navigation";
import { MAX_COMPARED, type ComparePicker } from "@/lib/partners/compare";
import { compareHref } from "@/lib/partners/compare-link";

interface PartnerPickerProps {
  picker: ComparePicker;
  selected: readonly string[];
  /** Open by default when there is nothing to compare yet, or a search of the picker was asked. */
  open: boolean;
}

const BUTTON = "rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800";

/**
 * The choice of partners, without JavaScript either way. A short directory: up
 * to four selects in a GET form, which sends ?partners=a&partners=b (the page
 * reads it like ?partners=a,b). A long one (lib/partners/compare.ts
 * `PICKER_LIST_MAX`): the chosen partners, each with a link that removes it, and
 * a search whose matches each link to the selection with it added.
 */
export async function PartnerPicker({ picker, selected, open }: PartnerPickerProps) {
  const [t, action] = await Promise.all([getTranslations("compare.picker"), localized("/compare")]);
  return (
    <details open={open} className="no-print mt-6 rounded border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-slate-900">{open ? t("title") : t("change")}</summary>
      {picker.mode === "list" ? (
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
                {picker.options.map((o) => (
                  <option key={o.slug} value={o.slug} lang="fr">
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="sm:col-span-2 lg:col-span-4">
            <button type="submit" className={BUTTON}>
              {t("submit")}
            </button>
          </div>
        </form>
      ) : (
        <SearchedPicker picker={picker} action={action} />
      )}
    </details>
  );
}

async function SearchedPicker({ picker, action }: { picker: Extract<ComparePicker, { mode: "search" }>; action: string }) {
  const t = await getTranslations("compare.picker");
  const { chosen, find, matches } = picker;
  const slugs = chosen.map((c) => c.slug);
  // A link to the page with `partners` (kept in the order chosen) and the search still shown.
  const hrefWith = (partners: string[]) => compareHref(partners, { find, base: action });
  const full = chosen.length >= MAX_COMPARED;
  return (
    <div className="mt-3 space-y-4">
      {chosen.length > 0 && (
        <div>
          <h2 className="text-sm font-medium text-slate-700">{t("chosen")}</h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {chosen.map((c) => (
              <li key={c.slug} className="flex items-center gap-2 rounded border border-slate-300 px-2 py-1 text-sm">
                <span lang="fr">{c.name}</span>
                <a href={hrefWith(slugs.filter((s) => s !== c.slug))} aria-label={t("remove", { name: c.name })} className="text-brand-700 underline">
                  {t("removeShort")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-2">
        {slugs.map((slug) => (
          <input key={slug} type="hidden" name="partners" value={slug} />
        ))}
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="pick-find" className="text-sm font-medium text-slate-700">
            {t("find")}
          </label>
          <input
            id="pick-find"
            type="search"
            name="find"
            defaultValue={find ?? ""}
            aria-describedby="pick-find-hint"
            className="rounded border border-slate-300 px-2 py-1.5 text-sm"
          />
          <p id="pick-find-hint" className="text-xs text-slate-600">
            {t("findHint")}
          </p>
        </div>
        <button type="submit" className={BUTTON}>
          {t("search")}
        </button>
      </form>
      {find &&
        (matches.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noMatch", { find })}</p>
        ) : (
          <div>
            <h2 className="text-sm font-medium text-slate-700">{t("matches", { find })}</h2>
            {full && <p className="text-sm text-slate-700">{t("full", { max: MAX_COMPARED })}</p>}
            <ul className="mt-1 divide-y divide-slate-200 text-sm">
              {matches.map((m) => (
                <li key={m.slug} className="flex items-center justify-between gap-3 py-1.5">
                  <span lang="fr">{m.name}</span>
                  {slugs.includes(m.slug) ? (
                    <span className="text-slate-600">{t("alreadyChosen")}</span>
                  ) : full ? null : (
                    <a href={hrefWith([...slugs, m.slug])} aria-label={t("add", { name: m.name })} className="shrink-0 text-brand-700 underline">
                      {t("addShort")}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
