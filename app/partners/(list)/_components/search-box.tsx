import { getTranslations } from "next-intl/server";
import { MAX_QUERY_LENGTH } from "@/lib/partners/filter-params";
import { FILTER_FORM_ID } from "./form-id";

/** Full-text search; belongs to the filter form, so a search keeps the filters and vice versa. */
export async function SearchBox({ q }: { q: string | null }) {
  const t = await getTranslations("partners.search");
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1">
        <label htmlFor="partner-search" className="block text-sm font-semibold text-slate-800">
          {t("label")}
        </label>
        <input
          id="partner-search"
          type="search"
          name="q"
          form={FILTER_FORM_ID}
          defaultValue={q ?? ""}
          key={q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t("placeholder")}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
      <button type="submit" form={FILTER_FORM_ID} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </div>
  );
}
