import { useTranslations } from "@/lib/i18n/server-hooks";
import type { FicheSectionView } from "@/lib/directory/sections";
import { FieldValue } from "./field-value";
import { OriginalText } from "./original-text";
import { SourceRef, type FichePrefix } from "./source-ref";

interface FicheSectionsProps {
  prefix: FichePrefix;
  number: number | null;
  sections: FicheSectionView[];
  /** Section keys rendered elsewhere on the page. Personal data is already gone for anonymous viewers (withoutPersonalData). */
  skipKeys?: readonly string[];
  /**
   * Shown as the report's own text, collapsed, under this title ("Texte de la
   * cartographie, nov.–déc. 2022"): a partner fiche, whose current values are above it (issue 10).
   */
  sourceTitle?: { title: string; hint: string };
  /** Load the collapsed text on demand from this page of the fiche's report text (./original-text.tsx). */
  onDemand?: { href: string; labels: { link: string; loading: string } };
}

/**
 * Every section of the original fiche, in order, each value with its source lines.
 * With `onDemand` (a partner fiche), the collapsed text is not in the page: it is
 * loaded from `onDemand.href` when opened or printed (./original-text.tsx, issue 8).
 */
export function FicheSections({ prefix, number, sections, skipKeys = [], sourceTitle, onDemand }: FicheSectionsProps) {
  const t = useTranslations("partner.sections");
  const heading = (
    <h2 id="fiche-sections" className={`${sourceTitle ? "inline" : ""} text-lg font-semibold text-slate-900`}>
      {sourceTitle?.title ?? t("title")}
    </h2>
  );
  const hint = <p className="mt-1 text-sm text-slate-600 print:hidden">{sourceTitle?.hint ?? t("intro")}</p>;
  if (!sourceTitle) {
    return (
      <section aria-labelledby="fiche-sections" className="mt-8">
        {heading}
        {hint}
        <FicheSectionsBody prefix={prefix} number={number} sections={sections} skipKeys={skipKeys} />
      </section>
    );
  }
  return (
    <section aria-labelledby="fiche-sections" className="mt-8">
      {/* Printed open (app/globals.css): the printed fiche carries the report's text with its lines (issue 12). */}
      <details data-print-open>
        <summary className="cursor-pointer">{heading}</summary>
        {hint}
        {onDemand ? (
          <OriginalText href={onDemand.href} labels={onDemand.labels} />
        ) : (
          <FicheSectionsBody prefix={prefix} number={number} sections={sections} skipKeys={skipKeys} />
        )}
      </details>
    </section>
  );
}

/** The sections themselves: in a fiche, or alone on the page of a fiche's report text. */
export function FicheSectionsBody({
  prefix,
  number,
  sections,
  skipKeys = [],
}: Pick<FicheSectionsProps, "prefix" | "number" | "sections" | "skipKeys">) {
  const t = useTranslations("partner.sections");
  return sections
    .filter((s) => !skipKeys.includes(s.key))
    .map((section, i) => {
      const headingId = `section-${i}`;
      return (
        <section key={i} aria-labelledby={headingId} className="mt-4 rounded border border-slate-200 bg-white p-4 print:border-0 print:p-0">
          <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-1">
            <h3 id={headingId} className="font-semibold text-brand-800" lang={section.heading ? "fr" : undefined}>
              {section.heading || t("identity")}
            </h3>
            <SourceRef prefix={prefix} number={number} lines={section.lines} />
          </div>
          <dl className="divide-y divide-slate-100">
            {section.fields.map((field, j) => (
              <div key={j} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4">
                <dt className="text-sm font-medium text-slate-700" lang="fr">
                  {field.label}
                </dt>
                <dd className="text-sm text-slate-900">
                  <FieldValue value={field.value} />
                  <div className="mt-1">
                    <SourceRef prefix={prefix} number={number} lines={field.lines} original={{ label: field.label, value: field.value }} />
                  </div>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      );
    });
}
