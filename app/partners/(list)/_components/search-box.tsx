import { useTranslations } from "@/lib/i18n/server-hooks";
import { MAX_QUERY_LENGTH } from "@/lib/partners/filter-params";
import { FILTER_FORM_ID } from "./form-id";

/** Full-text search; belongs to the filter form, so a search keeps the filters and vice versa. Styled by `.search-box` (app/globals.css). */
export function SearchBox({ q }: { q: string | null }) {
  const t = useTranslations("partners.search");
  return (
    <div className="search-box">
      <div>
        <label htmlFor="partner-search">
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
        />
      </div>
      <button type="submit" form={FILTER_FORM_ID}>
        {t("submit")}
      </button>
    </div>
  );
}
