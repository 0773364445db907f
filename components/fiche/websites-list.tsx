import { useTranslations } from "@/lib/i18n/server-hooks";

/** The fiche's websites as external links (only http(s): the report's text is not trusted markup). */
export function WebsitesList({ websites }: { websites: string[] }) {
  const t = useTranslations("partner");
  const links = websites.filter((w) => /^https?:\/\//i.test(w) || /^www\./i.test(w));
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="websites-title" className="mt-6">
      <h2 id="websites-title" className="text-lg font-semibold">
        {t("websites")}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {links.map((w) => (
          <li key={w}>
            <a href={/^www\./i.test(w) ? `https://${w}` : w} rel="noopener noreferrer" className="break-all text-brand-700 underline">
              {w}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
