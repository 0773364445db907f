import { Link } from "@/lib/i18n/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server-hooks";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { cachedDirectoryEdition } from "@/lib/editions/cached";
import { formatPeriod } from "@/lib/editions/period";

/**
 * Where the directory's data comes from and when it was gathered, on every
 * page, until an admin has verified every fiche (issue 10): a reader must not
 * take 2022 interviews for today's facts.
 */
export async function EditionBanner() {
  let summary;
  try {
    summary = await cachedDirectoryEdition();
  } catch (error) {
    // The banner is context, not content: a page that can answer without the database still does.
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
  const { edition, partners, verified } = summary;
  if (!edition || verified >= partners) return null;
  const [t, locale] = await Promise.all([getTranslations("about.banner"), getLocale()]);
  const period = formatPeriod(edition.period, locale);
  return (
    // Styled by `.edition-banner` (app/globals.css): it is on every page until every fiche is verified.
    <aside aria-label={t("label")} className="edition-banner no-print">
      <p>
        {/* One text node: adjacent ones are separated by <!-- --> in the HTML. */}
        {`${period ? t("text", { title: edition.title, period }) : t("textNoPeriod", { title: edition.title })} ${t("verified", { verified, partners })} `}
        <Link href="/about">{t("more")}</Link>
      </p>
    </aside>
  );
}
