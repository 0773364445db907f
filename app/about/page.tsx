import type { Metadata } from "next";
import { signInHref } from "@/lib/auth/return-path";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { getDirectoryEdition } from "@/lib/editions/queries";
import { formatPeriod } from "@/lib/editions/period";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("about");
  return { title: t("title") };
}

/** What each field of a fiche means, in the order a fiche shows them (docs/data-dictionary.md has the full rules). */
const FIELDS = ["identity", "regions", "capacities", "insertion", "returnees", "trainings", "funders", "contacts", "source"] as const;

/**
 * Where the data comes from (issue 10): the edition, when and how it was
 * gathered in the report's own words, what each field means, how fresh it is
 * and how to report an error. Everything about the edition is read from it.
 */
export default async function AboutPage() {
  const [summary, viewer, t, format, locale] = await Promise.all([
    getDirectoryEdition(),
    getViewer(),
    getTranslations("about"),
    getFormatter(),
    getLocale(),
  ]);
  const { edition, partners, verified } = summary;
  const period = edition ? formatPeriod(edition.period, locale) : null;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>

      <section aria-labelledby="about-source" className="space-y-2">
        <h2 id="about-source" className="text-lg font-semibold">
          {t("source.title")}
        </h2>
        {edition ? (
          <>
            <p>
              {t("source.edition", { title: edition.title })}{" "}
              {edition.period.from && edition.period.to && t("source.when", { from: day(edition.period.from), to: day(edition.period.to), period: period ?? "" })}
            </p>
            <p>{t("source.counts", edition.counts)}</p>
            <p>
              {t("source.who", { interviews: edition.counts.interviews })}{" "}
              <Link href="/sources" className="text-brand-700 underline">
                {t("source.whoLink")}
              </Link>
            </p>
            <p className="text-sm text-slate-600">
              {t("source.file", {
                file: edition.sourceFile,
                hash: edition.sourceHash.slice(0, 12),
                loaded: format.dateTime(new Date(edition.loadedAt), { dateStyle: "long" }),
              })}
            </p>
          </>
        ) : (
          <p>{t("source.none")}</p>
        )}
      </section>

      {edition && edition.intros.length > 0 && (
        <section aria-labelledby="about-method" className="space-y-3">
          <h2 id="about-method" className="text-lg font-semibold">
            {t("method.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("method.intro")}</p>
          {edition.intros.map((intro) => (
            <figure key={intro.lines[0]} className="rounded border border-slate-200 bg-white p-4">
              <figcaption className="text-sm font-semibold text-brand-800" lang="fr">
                {intro.heading}
              </figcaption>
              <blockquote className="mt-2 whitespace-pre-line text-sm text-slate-800" lang="fr">
                {intro.text}
              </blockquote>
              <p className="mt-2 text-xs text-slate-600">{t("method.lines", { from: intro.lines[0], to: intro.lines[1] })}</p>
            </figure>
          ))}
        </section>
      )}

      <section aria-labelledby="about-fields" className="space-y-2">
        <h2 id="about-fields" className="text-lg font-semibold">
          {t("fields.title")}
        </h2>
        <dl className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
          {FIELDS.map((key) => (
            <div key={key} className="grid gap-1 p-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
              <dt className="text-sm font-medium">{t(`fields.${key}.label`)}</dt>
              <dd className="text-sm text-slate-800">{t(`fields.${key}.text`)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-600">{t("fields.dictionary")}</p>
      </section>

      <section aria-labelledby="about-freshness" className="space-y-2">
        <h2 id="about-freshness" className="text-lg font-semibold">
          {t("freshness.title")}
        </h2>
        <p>{t("freshness.text", { verified, partners })}</p>
        <p>{t("freshness.marks")}</p>
        <p>
          <Link href="/partners?unverified=true" className="text-brand-700 underline">
            {t("freshness.unverifiedLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="about-errors" className="space-y-2">
        <h2 id="about-errors" className="text-lg font-semibold">
          {t("errors.title")}
        </h2>
        <p>{t("errors.text")}</p>
        {viewer ? (
          <p>
            <Link href="/account" className="text-brand-700 underline">
              {t("errors.mine")}
            </Link>
          </p>
        ) : (
          <p>
            <Link href={signInHref("/partners")} className="text-brand-700 underline">
              {t("errors.signIn")}
            </Link>
          </p>
        )}
      </section>
    </article>
  );
}
